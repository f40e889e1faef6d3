export { equalBytes, fromBase64, fromHex, toBase64, toHex } from "./bytes/bytes";
export { HASH_BYTES, emptyRootHash, leafHash, nodeHash, sha256 } from "./hashing/rfc6962";
export { type ConsistencyClaim, verifyConsistency } from "./proof/consistency";
export { type InclusionClaim, verifyInclusion } from "./proof/inclusion";
export type { ProofProblem, Size, Verdict } from "./proof/verdict";
export { type TreeHeadKey, keyIdOf, noteKeyHash, readPublicKey } from "./treeHead/keys";
export {
  type NoteSignature,
  type ParsedTreeHead,
  type StreamHeadsCommitment,
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
export {
  AUDIT_BUNDLE_FORMAT,
  type AuditBundle,
  type BundleEvent,
  type BundleStreamHead,
  encodeBundle,
  formatBundle,
} from "./bundle/bundle";
export { type Decoded, decodeBundle, parseBundle } from "./bundle/decodeBundle";
export { type BundleVerdict, type VerifyBundleOptions, verifyBundle } from "./bundle/verifyBundle";
export { type Json, canonicalJson } from "./event/canonicalJson";
export { GENESIS_HASH, type LoggedEvent, chainHashOf, eventLeafBytes } from "./event/recordedEvent";
export { type StreamHead, streamHeadLeafBytes } from "./event/streamHead";
