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
