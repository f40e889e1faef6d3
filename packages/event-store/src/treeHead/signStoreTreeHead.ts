import { describeProofRangeError } from "@grant-ledger/merkle";
import * as E from "fp-ts/Either";
import { describeCheckpointError } from "../checkpoint/errors";
import type { EventStore, MerkleLog } from "../port";
import { type SignTreeHeadOptions, type SignedTreeHead, signTreeHead } from "./signTreeHead";
import { type StreamHeadsTree, readStreamHeads, streamHeadsTree } from "./streamHeads";

export interface SignStoreTreeHeadOptions extends SignTreeHeadOptions {
  /** The tree of the first `size` events (default: all of them). */
  readonly size?: bigint;
}

export interface SignedStoreTreeHead {
  readonly signed: SignedTreeHead;
  /** The stream-heads tree the head commits to, to prove a stream's head in it. */
  readonly streamHeads: StreamHeadsTree;
}

/**
 * Signs the store's tree head with the stream heads at the same size (docs/tree-heads.md):
 * what every tree head, checkpoint and audit bundle is signed with. Sizes the log does not
 * have and key problems come back as a message.
 */
export const signStoreTreeHead = async (
  store: Pick<EventStore, "readAll">,
  log: MerkleLog,
  options: SignStoreTreeHeadOptions,
): Promise<E.Either<string, SignedStoreTreeHead>> => {
  const head = await log.treeHead(options.size);
  if (E.isLeft(head)) return E.left(describeProofRangeError(head.left));
  const streamHeads = streamHeadsTree(await readStreamHeads(store, head.right.treeSize));
  const signed = await signTreeHead({ ...head.right, streamHeads: streamHeads.commitment }, options);
  return E.isLeft(signed)
    ? E.left(describeCheckpointError(signed.left))
    : E.right({ signed: signed.right, streamHeads });
};
