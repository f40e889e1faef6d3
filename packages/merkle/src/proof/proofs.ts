import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { NodeId } from "../tree/nodeId";
import { type ProofPlan, type ProofRangeError, planConsistency, planInclusion, planRoot } from "./plan";

/** Reads perfect-subtree hashes, in the order asked; every asked node exists. */
export type NodeReader = (ids: readonly NodeId[]) => readonly Uint8Array[];

/** A tree whose nodes can be read synchronously: the SQLite and in-memory stores. */
export interface MerkleNodes {
  readonly size: () => bigint;
  readonly read: NodeReader;
}

const run = <T>(plan: ProofPlan<T>, read: NodeReader): T => plan.assemble(read(plan.nodes));

const withinSize = (tree: MerkleNodes, size: bigint): E.Either<ProofRangeError, bigint> => {
  const treeSize = tree.size();
  return size < 0n || size > treeSize ? E.left({ _tag: "SizeOutOfRange", size, treeSize }) : E.right(size);
};

export const rootAt = (tree: MerkleNodes, size: bigint): E.Either<ProofRangeError, Uint8Array> =>
  pipe(
    withinSize(tree, size),
    E.map((s) => run(planRoot(s), tree.read)),
  );

export const inclusionProof = (
  tree: MerkleNodes,
  index: bigint,
  treeSize: bigint,
): E.Either<ProofRangeError, Uint8Array[]> =>
  pipe(
    withinSize(tree, treeSize),
    E.chain((size) => planInclusion(index, size)),
    E.map((plan) => run(plan, tree.read)),
  );

export const consistencyProof = (
  tree: MerkleNodes,
  first: bigint,
  second: bigint,
): E.Either<ProofRangeError, Uint8Array[]> =>
  pipe(
    withinSize(tree, second),
    E.chain((size) => planConsistency(first, size)),
    E.map((plan) => run(plan, tree.read)),
  );
