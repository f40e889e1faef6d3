import type { StoredEvent, StoredEventAccess } from "@grant-ledger/event-store";
import Database from "better-sqlite3";
import { EVENT_TEXT_CANONICAL, EVENT_TEXT_KEY, META_TABLE, SCHEMA_DDL } from "../schema/schema";

const STORED_COLUMNS =
  "global_position, stream_id, revision, type, schema_version, data, metadata, command_id, previous_hash, hash";

type StoredRow = [unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown];

const storedFromRow = (row: StoredRow): StoredEvent => ({
  globalPosition: row[0],
  streamId: row[1],
  revision: row[2],
  type: row[3],
  schemaVersion: row[4],
  data: row[5],
  metadata: row[6],
  commandId: row[7],
  previousHash: row[8],
  hash: row[9],
});

/**
 * Stores created before 2026-11-22 have the same schema version with the idempotency index
 * on two columns; that index is as legitimate as today's.
 */
const CURRENT_COMMAND_INDEX = "CREATE INDEX events_by_command ON events (stream_id, command_id, revision);";
const EARLIER_COMMAND_INDEX = "CREATE INDEX events_by_command ON events (stream_id, command_id);";

/** The `events` table, its indexes and triggers as this build (or an earlier one) creates them. */
const knownEventsSchemas = (() => {
  let known: readonly string[] | undefined;
  const schemaFrom = (ddl: string): string => {
    const scratch = new Database(":memory:");
    try {
      scratch.exec(ddl);
      return JSON.stringify(eventsSchemaOf(scratch));
    } finally {
      scratch.close();
    }
  };
  return (): readonly string[] => {
    known ??= [SCHEMA_DDL, SCHEMA_DDL.replace(CURRENT_COMMAND_INDEX, EARLIER_COMMAND_INDEX)].map(schemaFrom);
    return known;
  };
})();

const eventsSchemaOf = (db: Database.Database) =>
  db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'events' ORDER BY type, name")
    .raw()
    .all();

/**
 * What verification reads from an SQLite store: each row column by column, unparsed (the
 * JSON text exactly as stored, the command id column), and SQLite's own checks. Rows are
 * read from the table itself for the whole store and through the (stream, revision) index
 * for one stream; `PRAGMA integrity_check` runs for both, so an index that disagrees with
 * the table is reported by both instead of making them disagree.
 */
export const sqliteStoredEvents = (
  db: Database.Database,
  pageSize: number,
  guard: <T>(read: () => T) => T,
): StoredEventAccess => {
  // Integers as bigint: a damaged or edited value beyond 2^53 is read exactly instead of throwing.
  const byPosition = db
    .prepare(
      `SELECT ${STORED_COLUMNS} FROM events WHERE global_position >= ? ORDER BY global_position LIMIT ?`,
    )
    .raw()
    .safeIntegers();
  const byRevision = db
    .prepare(
      `SELECT ${STORED_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .raw()
    .safeIntegers();
  const eventText = db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = ?`).pluck();

  async function* read(options: { readonly streamId?: string }): AsyncGenerator<StoredEvent> {
    const { streamId } = options;
    // From the smallest integer SQLite holds: a row moved to a negative position is read too.
    let next = -(2n ** 63n);
    for (;;) {
      const from = next;
      const rows = guard(
        () =>
          (streamId === undefined
            ? byPosition.all(from, pageSize)
            : byRevision.all(streamId, from, pageSize)) as StoredRow[],
      );
      for (const row of rows) yield storedFromRow(row);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < pageSize) return;
      next = (streamId === undefined ? (last[0] as bigint) : (last[2] as bigint)) + 1n;
    }
  }

  const checkStorage = async (): Promise<readonly string[]> => {
    try {
      const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
      const findings = integrity.map((r) => r.integrity_check).filter((line) => line !== "ok");
      if (!knownEventsSchemas().includes(JSON.stringify(eventsSchemaOf(db)))) {
        findings.push(
          "the events table, its indexes or triggers differ from the schema grant-ledger creates",
        );
      }
      return findings;
    } catch (e) {
      // A file damaged enough for the check itself to fail is a finding, not a crash.
      return [`SQLite cannot check the file: ${(e as Error).message}`];
    }
  };

  return {
    textForm: async () =>
      guard(() => eventText.get(EVENT_TEXT_KEY)) === EVENT_TEXT_CANONICAL ? "canonical" : "json-stringify",
    read,
    checkStorage,
  };
};
