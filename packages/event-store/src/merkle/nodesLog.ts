import { type MerkleNodes, consistencyProof, inclusionProof, rootAt } from "@grant-ledger/merkle";
import * as E from "fp-ts/Either";
import type { MerkleLog } from "../port";

/** The port's `MerkleLog` over a tree whose perfect-subtree nodes read synchronously. */
export const merkleLogFromNodes = (nodes: MerkleNodes): MerkleLog => ({
  treeHead: async (size) => {
    const treeSize = size ?? nodes.size();
    return E.map((rootHash: Uint8Array) => ({ treeSize, rootHash }))(rootAt(nodes, treeSize));
  },
  inclusionProof: async (position, treeSize) => inclusionProof(nodes, position, treeSize),
  consistencyProof: async (first, second) => consistencyProof(nodes, first, second),
});
