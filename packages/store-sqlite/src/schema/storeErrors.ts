/**
 * Why a file cannot be used as a store. These are thrown by `openSqliteEventStore` (opening
 * is infrastructure, not a domain decision); `code` lets callers map them to exit codes.
 */
export type SqliteStoreErrorCode = "corrupt" | "not-a-grant-ledger-store" | "newer-schema";

export interface SqliteStoreError extends Error {
  readonly code: SqliteStoreErrorCode;
  readonly file: string;
}

export const sqliteStoreError = (
  code: SqliteStoreErrorCode,
  file: string,
  message: string,
  cause?: unknown,
): SqliteStoreError =>
  Object.assign(new Error(message, cause === undefined ? undefined : { cause }), {
    name: "SqliteStoreError",
    code,
    file,
  });

export const isSqliteStoreError = (e: unknown): e is SqliteStoreError =>
  e instanceof Error && e.name === "SqliteStoreError" && "code" in e && "file" in e;
