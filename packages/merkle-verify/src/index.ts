export { equalBytes, fromBase64, fromHex, toBase64, toHex } from "./bytes/bytes";
export { HASH_BYTES, emptyRootHash, leafHash, nodeHash, sha256 } from "./hashing/rfc6962";
export { type ConsistencyClaim, verifyConsistency } from "./proof/consistency";
export { type InclusionClaim, verifyInclusion } from "./proof/inclusion";
export type { ProofProblem, Size, Verdict } from "./proof/verdict";
export { type TreeHeadKey, keyIdOf, noteKeyHash, readPublicKey } from "./treeHead/keys";
export {
  type NoteSignature,
  type ParsedTreeHead,
  type TreeHead,
  formatSignedNote,
  parseTreeHead,
  treeHeadBody,
} from "./treeHead/note";
export {
  type TreeHeadProblem,
  type TreeHeadVerdict,
  type VerifyTreeHeadOptions,
  verifyTreeHead,
} from "./treeHead/verifyTreeHead";
