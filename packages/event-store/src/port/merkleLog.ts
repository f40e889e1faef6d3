import type { ProofRangeError } from "@grant-ledger/merkle";
import type { Either } from "fp-ts/Either";

/**
 * Optional capability of a store that keeps an RFC 6962 Merkle tree over every event in
 * global-position order (leaf i is the event at global position i, see `eventLeaf`).
 * Hashes are the raw 32 bytes.
 */
export interface MerkleLog {
  /** Root of the first `size` events (default: all of them). */
  treeHead(size?: bigint): Promise<Either<MerkleRangeError, UnsignedTreeHead>>;
  /** Sibling hashes proving the event at `position` is leaf `position` of the tree of `treeSize`. */
  inclusionProof(position: bigint, treeSize: bigint): Promise<Either<MerkleRangeError, Uint8Array[]>>;
  /**
   * The inclusion proofs of many events in one tree, in the order asked: each node read once
   * however many proofs share it (an audit bundle proves a whole agreement).
   */
  inclusionProofs(
    positions: readonly bigint[],
    treeSize: bigint,
  ): Promise<Either<MerkleRangeError, Uint8Array[][]>>;
  /** Proves the tree of `first` events is a prefix of the tree of `second` (0 < first <= second). */
  consistencyProof(first: bigint, second: bigint): Promise<Either<MerkleRangeError, Uint8Array[]>>;
}

export interface UnsignedTreeHead {
  readonly treeSize: bigint;
  readonly rootHash: Uint8Array;
}

/** A position or size the log does not have (see `describeProofRangeError`). */
export type MerkleRangeError = ProofRangeError;

export interface HasMerkleLog {
  readonly merkle: MerkleLog;
}

export const merkleLogOf = (store: object): MerkleLog | undefined =>
  "merkle" in store && typeof (store as HasMerkleLog).merkle === "object"
    ? (store as HasMerkleLog).merkle
    : undefined;
