import { createMemoryMerkleTree, inclusionProof, rootAt } from "@grant-ledger/merkle";
import {
  type StreamHead,
  type StreamHeadsCommitment,
  streamHeadLeafBytes,
} from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import { type EventStore, streamHeadsOf } from "../port";

/** The stream-heads tree of a tree head: one leaf per stream, in stream-id order. */
export interface StreamHeadsTree {
  readonly commitment: StreamHeadsCommitment;
  /** The stream's head, its leaf index and inclusion proof; undefined for a stream with no events. */
  readonly proofOf: (
    streamId: string,
  ) => { readonly head: StreamHead; readonly index: bigint; readonly proof: Uint8Array[] } | undefined;
}

const byStreamId = (a: StreamHead, b: StreamHead) =>
  a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0;

/**
 * Builds the tree over the given heads (one per stream, any order). Leaf bytes come from
 * @grant-ledger/merkle-verify, so what is committed to is by construction what a verifier reads.
 */
export const streamHeadsTree = (heads: readonly StreamHead[]): StreamHeadsTree => {
  const sorted = [...heads].sort(byStreamId);
  const tree = createMemoryMerkleTree();
  tree.append(sorted.map(streamHeadLeafBytes));
  const count = BigInt(sorted.length);
  const index = new Map(sorted.map((h, i) => [h.streamId, i]));
  const ok = <T>(result: E.Either<unknown, T>): T => {
    // Sizes and indices here come from the tree itself: a Left would be a bug in this file.
    if (E.isLeft(result)) throw new Error(`stream-heads tree: ${JSON.stringify(result.left)}`);
    return result.right;
  };
  return {
    commitment: { count, rootHash: ok(rootAt(tree, count)) },
    proofOf: (streamId) => {
      const i = index.get(streamId);
      if (i === undefined) return undefined;
      return { head: sorted[i]!, index: BigInt(i), proof: ok(inclusionProof(tree, BigInt(i), count)) };
    },
  };
};

/** Every stream's last event below global position `treeSize`. */
export const readStreamHeads = async (
  store: Pick<EventStore, "readAll">,
  treeSize: bigint,
): Promise<readonly StreamHead[]> => {
  const read = streamHeadsOf(store);
  if (read !== undefined) return read(treeSize);
  const heads = new Map<string, StreamHead>();
  if (treeSize === 0n) return [];
  for await (const e of store.readAll()) {
    if (e.globalPosition >= treeSize) break;
    heads.set(e.streamId, {
      streamId: e.streamId,
      revision: e.revision,
      globalPosition: e.globalPosition,
      hash: e.hash,
    });
  }
  return [...heads.values()];
};
