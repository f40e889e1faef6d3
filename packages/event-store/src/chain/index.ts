export * from "./canonicalJson";
export * from "./chainHash";
export * from "./verify";
export {
  type HasStoredEventAccess,
  type StoredEvent,
  type StoredEventAccess,
  type StoredTextForm,
  recordedFromStored,
} from "./storedEvent";
