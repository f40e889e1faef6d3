// A secondary entry for packages that keep agreement state between commands (snapshots) and look
// decided requests up in the store instead of in that state: @grant-ledger/agreements. Not what an
// embedder who only sends commands needs, so kept off the main entry.
export {
  AGREEMENT_SNAPSHOT_VERSION,
  type AgreementSnapshot,
  decodeSnapshot,
  encodeSnapshot,
  type IgnoredSnapshot,
  type SnapshotReading,
} from "../agreement/snapshot";
export { decidedRequestIdOf, knowingDecided, requestIdToLookUp } from "../agreement/decidedRequests";
