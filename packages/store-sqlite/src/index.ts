export {
  openSqliteEventStore,
  type SqliteEventStore,
  type SqliteEventStoreOptions,
} from "./sqliteEventStore";
export { APPLICATION_ID, SCHEMA_VERSION } from "./schema/schema";
export {
  isSqliteStoreError,
  type SqliteStoreError,
  type SqliteStoreErrorCode,
} from "./schema/storeErrors";
