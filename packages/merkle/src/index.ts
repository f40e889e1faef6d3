export { EMPTY_ROOT, leafHash, nodeHash } from "./hashing/rfc6962";
export { type MemoryMerkleTree, createMemoryMerkleTree } from "./memory/memoryTree";
export {
  type ProofPlan,
  type ProofRangeError,
  describeProofRangeError,
  planConsistency,
  planInclusion,
  planInclusions,
  planRoot,
} from "./proof/plan";
export { type MerkleNodes, type NodeReader, consistencyProof, inclusionProof, rootAt } from "./proof/proofs";
export { type AppendedLeaves, appendLeaves, frontierOf } from "./tree/append";
export { type NodeId, type StoredNode, perfectNodesOf } from "./tree/nodeId";
