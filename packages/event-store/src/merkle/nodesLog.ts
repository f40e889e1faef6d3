import {
  type MerkleNodes,
  type NodeId,
  type ProofPlan,
  consistencyProof,
  inclusionProof,
  planInclusion,
  rootAt,
} from "@grant-ledger/merkle";
import * as E from "fp-ts/Either";
import type { MerkleLog, MerkleRangeError } from "../port";

/** Plans every proof first, reads each distinct node once, then assembles every proof. */
const inclusionProofsOf =
  (nodes: MerkleNodes): MerkleLog["inclusionProofs"] =>
  async (positions, treeSize) => {
    const size = nodes.size();
    if (treeSize < 0n || treeSize > size)
      return E.left({ _tag: "SizeOutOfRange", size: treeSize, treeSize: size });
    const plans: ProofPlan<Uint8Array[]>[] = [];
    const wanted = new Map<string, NodeId>();
    for (const position of positions) {
      const plan = planInclusion(position, treeSize);
      if (E.isLeft(plan)) return plan as E.Either<MerkleRangeError, never>;
      plans.push(plan.right);
      for (const id of plan.right.nodes) wanted.set(`${id.level}:${id.index}`, id);
    }
    const ids = [...wanted.values()];
    const hashes = nodes.read(ids);
    const byKey = new Map(ids.map((id, i) => [`${id.level}:${id.index}`, hashes[i]!]));
    return E.right(
      plans.map((plan) => plan.assemble(plan.nodes.map((id) => byKey.get(`${id.level}:${id.index}`)!))),
    );
  };

/** The port's `MerkleLog` over a tree whose perfect-subtree nodes read synchronously. */
export const merkleLogFromNodes = (nodes: MerkleNodes): MerkleLog => ({
  treeHead: async (size) => {
    const treeSize = size ?? nodes.size();
    return E.map((rootHash: Uint8Array) => ({ treeSize, rootHash }))(rootAt(nodes, treeSize));
  },
  inclusionProof: async (position, treeSize) => inclusionProof(nodes, position, treeSize),
  inclusionProofs: inclusionProofsOf(nodes),
  consistencyProof: async (first, second) => consistencyProof(nodes, first, second),
});
