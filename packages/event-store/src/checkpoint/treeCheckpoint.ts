import { appendLeaves, leafHash, planRoot } from "@grant-ledger/merkle";
import {
  type StreamHead,
  type TreeHead,
  equalBytes,
  toBase64,
  verifyTreeHead,
} from "@grant-ledger/merkle-verify";
import * as E from "fp-ts/Either";
import { verifyStore } from "../chain/verify";
import { eventLeaf } from "../merkle/eventLeaf";
import type { EventStore, MerkleLog } from "../port";
import { type SignedTreeHead, signTreeHead } from "../treeHead/signTreeHead";
import { streamHeadsTree } from "../treeHead/streamHeads";
import type { CheckpointError } from "./errors";

type ReadableStore = Pick<EventStore, "readAll" | "readStream">;

export interface ScannedTree {
  readonly treeSize: bigint;
  readonly rootHash: Uint8Array;
  readonly streamHeads: readonly StreamHead[];
}

const LEAVES_PER_STEP = 1024;

/**
 * Reads the first `treeSize` events (all, by default) once, verifying their chains as
 * `verifyStore` does, and folds the RFC 6962 root from the events themselves, keeping only
 * the tree's frontier (O(log n) hashes), and every stream's head. Nothing the store keeps
 * about its tree is trusted: that is what a checkpoint vouches for.
 */
export const scanTree = async (
  store: ReadableStore,
  treeSize?: bigint,
): Promise<E.Either<CheckpointError, ScannedTree>> => {
  let size = 0n;
  let frontier: readonly Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  const heads = new Map<string, StreamHead>();
  const flush = () => {
    frontier = appendLeaves(size, frontier, pending).frontier.map((n) => n.hash);
    size += BigInt(pending.length);
    pending = [];
  };
  const verified = await verifyStore(store, {
    ...(treeSize === undefined ? {} : { until: treeSize - 1n }),
    onEvent: (e) => {
      pending.push(leafHash(eventLeaf(e)));
      if (pending.length === LEAVES_PER_STEP) flush();
      heads.set(e.streamId, {
        streamId: e.streamId,
        revision: e.revision,
        globalPosition: e.globalPosition,
        hash: e.hash,
      });
    },
  });
  if (E.isLeft(verified)) return E.left({ _tag: "ChainBroken", chainBreak: verified.left });
  flush();
  if (treeSize !== undefined && size < treeSize)
    return E.left({ _tag: "TreeTooShort", treeSize, storeSize: size });
  // The root of any size is folded from exactly its frontier (planRoot reads frontierOf(size)).
  const rootHash = planRoot(size).assemble(frontier);
  return E.right({ treeSize: size, rootHash, streamHeads: [...heads.values()] });
};

export interface TreeCheckpointOptions {
  readonly privateKeyPem: string;
  readonly origin?: string;
  readonly now?: () => Date;
  /** Sign the tree of the first `size` events (default: all). */
  readonly size?: bigint;
}

/**
 * A checkpoint is a signed tree head (docs/tree-heads.md) vouched for by a full read: the
 * chains verify, the root folded from the events is the one the store's tree keeps, and the
 * stream heads are read from the same pass. Refuses an empty store and any damage.
 */
export const createTreeCheckpoint = async (
  store: ReadableStore,
  log: MerkleLog,
  options: TreeCheckpointOptions,
): Promise<E.Either<CheckpointError, SignedTreeHead>> => {
  const scanned = await scanTree(store, options.size);
  if (E.isLeft(scanned)) return scanned;
  const { treeSize, rootHash, streamHeads } = scanned.right;
  if (treeSize === 0n) return E.left({ _tag: "EmptyScope", scope: "all" });
  const kept = await log.treeHead(treeSize);
  if (E.isLeft(kept) || !equalBytes(kept.right.rootHash, rootHash))
    return E.left({
      _tag: "RootMismatch",
      treeSize,
      expectedRoot: E.isLeft(kept) ? "(none)" : toBase64(kept.right.rootHash),
      foundRoot: toBase64(rootHash),
      against: "stored-tree",
    });
  return signTreeHead(
    { treeSize, rootHash, streamHeads: streamHeadsTree(streamHeads).commitment },
    {
      privateKeyPem: options.privateKeyPem,
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      ...(options.now === undefined ? {} : { now: options.now }),
    },
  );
};

/**
 * Whether the store still holds what a (verified) tree head attests: at least its size of
 * events, whose root is its root and whose stream heads are the ones it commits to.
 */
export const verifyTreeHeadAgainstStore = async (
  store: ReadableStore,
  treeHead: TreeHead,
): Promise<E.Either<CheckpointError, ScannedTree>> => {
  const scanned = await scanTree(store, treeHead.treeSize);
  if (E.isLeft(scanned)) return scanned;
  const { rootHash, streamHeads } = scanned.right;
  if (!equalBytes(rootHash, treeHead.rootHash))
    return E.left({
      _tag: "RootMismatch",
      treeSize: treeHead.treeSize,
      expectedRoot: toBase64(treeHead.rootHash),
      foundRoot: toBase64(rootHash),
      against: "tree-head",
    });
  const committed = treeHead.streamHeads;
  if (committed !== undefined) {
    const found = streamHeadsTree(streamHeads).commitment;
    if (found.count !== committed.count || !equalBytes(found.rootHash, committed.rootHash))
      return E.left({ _tag: "StreamHeadsMismatch", treeSize: treeHead.treeSize });
  }
  return scanned;
};

/** A tree-head checkpoint file: the signature (offline), then, with a store, its contents. */
export const verifyTreeCheckpoint = async (
  note: string,
  publicKeyPem: string,
  store?: ReadableStore,
): Promise<E.Either<CheckpointError, TreeHead>> => {
  const verdict = await verifyTreeHead(note, publicKeyPem);
  if (!verdict.valid)
    return E.left({ _tag: "TreeHeadRejected", problem: verdict.problem, message: verdict.message });
  if (store === undefined) return E.right(verdict.treeHead);
  const held = await verifyTreeHeadAgainstStore(store, verdict.treeHead);
  return E.isLeft(held) ? held : E.right(verdict.treeHead);
};
