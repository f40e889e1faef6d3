/** better-sqlite3 errors carry SQLite's extended result code as `code`, e.g. "SQLITE_BUSY_SNAPSHOT". */
const sqliteCode = (e: unknown): string | undefined =>
  e instanceof Error && "code" in e && typeof e.code === "string" ? e.code : undefined;

export const isSqliteBusy = (e: unknown): boolean => {
  const code = sqliteCode(e);
  return code !== undefined && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
};

export const isSqliteCorruption = (e: unknown): boolean => {
  const code = sqliteCode(e);
  return code !== undefined && (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB");
};
