export {
  type EventStoreDbStore,
  type EventStoreDbStoreOptions,
  createEventStoreDbStore,
  openEventStoreDbStore,
} from "./eventStoreDbStore";
export { clientFromConnectionString, isEventStoreDbUrl } from "./connection/connection";
export { CHECKPOINT_STREAM_PREFIX, createProjectionCheckpoints } from "./checkpoint/projectionCheckpoints";
export { DEFAULT_STREAM_PREFIXES } from "./position/streamFilter";
export { DEFAULT_RESUBSCRIBE, type ResubscribePolicy } from "./subscription/backoff";
export { eventIdFor } from "./events/eventIds";
export { LEDGER_METADATA_KEY, UNKNOWN_GLOBAL_POSITION } from "./events/storedEvent";
