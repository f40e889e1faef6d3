export { agreementStreamId } from "./stream/agreementStreamId";
export {
  type Agreements,
  type AgreementsOptions,
  type Handled,
  type HandleOptions,
  createAgreements,
} from "./handle/createAgreements";
export {
  type AgreementsError,
  type CommandDecodeError,
  type OccurredInFuture,
  describeAgreementsError,
} from "./handle/errors";
export { DEFAULT_MAX_CLOCK_SKEW_MS } from "./handle/ledgerClock";
export { commandDigest } from "./handle/commandDigest";
export {
  type AgreementAsOf,
  type AsOf,
  type AsOfError,
  type OnIncluded,
  createStateAsOf,
  describeAsOfError,
} from "./asOf/stateAsOf";
export { STATE_JSON_FORMAT, agreementAsOfJson } from "./asOf/asOfJson";
export {
  DEFAULT_SNAPSHOT_EVERY,
  DEFAULT_SNAPSHOT_EVERY_CACHED,
  type SnapshotOptions,
  createDurableSnapshots,
} from "./snapshot/durableSnapshots";
export { type CheckedSnapshot, type SnapshotIgnored, checkedSnapshot } from "./snapshot/checkedSnapshot";
export { type SnapshotVerification, verifySnapshots } from "./snapshot/verifySnapshots";
