import {
  type MerkleNodes,
  type ProofPlan,
  consistencyProof,
  inclusionProof,
  planInclusions,
  rootAt,
} from "@grant-ledger/merkle";
import * as E from "fp-ts/Either";
import type { MerkleLog } from "../port";

/** Plans every proof first, reads each distinct node once, then assembles every proof. */
const inclusionProofsOf =
  (nodes: MerkleNodes): MerkleLog["inclusionProofs"] =>
  async (positions, treeSize) => {
    const size = nodes.size();
    if (treeSize < 0n || treeSize > size)
      return E.left({ _tag: "SizeOutOfRange", size: treeSize, treeSize: size });
    return E.map((plan: ProofPlan<Uint8Array[][]>) => plan.assemble(nodes.read(plan.nodes)))(
      planInclusions(positions, treeSize),
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
