import type { JsonValue, SnapshotKey, SnapshotStore, StoredSnapshot } from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { isSqliteBusy } from "../schema/sqliteErrors";

/**
 * Snapshots and their key index in the store's own file. Created by openDatabase when missing,
 * not in SCHEMA_DDL, like the Merkle tree: a store written before snapshots existed
 * gets the tables the first time this build opens it, and the schema version does not change.
 * Neither table is part of the record: dropping both loses nothing but speed.
 */
export const SNAPSHOT_TABLES = {
  names: ["stream_snapshots", "snapshot_keys"],
  ddl: `
CREATE TABLE IF NOT EXISTS stream_snapshots (
  stream_id TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 0),
  event_hash TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  state TEXT NOT NULL,
  PRIMARY KEY (stream_id, revision)
) STRICT, WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS snapshot_keys (
  stream_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  revision INTEGER NOT NULL,
  PRIMARY KEY (stream_id, kind, key)
) STRICT, WITHOUT ROWID;
`,
} as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const sqliteSnapshotStore = (db: Database.Database, busyRetries: number): SnapshotStore => {
  const latest = db
    .prepare(
      `SELECT revision, event_hash, schema_version, state FROM stream_snapshots
       WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT 1`,
    )
    .raw()
    .safeIntegers(true);
  const upsert = db.prepare(
    `INSERT INTO stream_snapshots (stream_id, revision, event_hash, schema_version, state) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (stream_id, revision) DO UPDATE SET event_hash = excluded.event_hash,
       schema_version = excluded.schema_version, state = excluded.state`,
  );
  const addKey = db.prepare(
    "INSERT INTO snapshot_keys (stream_id, kind, key, revision) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
  );
  const findOne = db
    .prepare("SELECT revision FROM snapshot_keys WHERE stream_id = ? AND kind = ? AND key = ?")
    .pluck()
    .safeIntegers(true);
  const save = db.transaction((snapshot: StoredSnapshot, keys: readonly SnapshotKey[]) => {
    upsert.run(
      snapshot.streamId,
      snapshot.revision,
      snapshot.eventHash,
      snapshot.schemaVersion,
      JSON.stringify(snapshot.state),
    );
    for (const k of keys) addKey.run(snapshot.streamId, k.kind, k.key, k.revision);
  });

  const write = async (step: () => void): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        step();
        return;
      } catch (e) {
        if (!isSqliteBusy(e) || attempt >= busyRetries) throw e;
        await sleep(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  };

  return {
    latest: async (streamId, options = {}) => {
      // Revisions are bigint end to end; "no bound" is the largest INTEGER SQLite holds.
      const bound = options.atOrBefore ?? 2n ** 63n - 1n;
      const row = latest.get(streamId, bound) as [bigint, string, bigint, string] | undefined;
      if (row === undefined) return undefined;
      return {
        streamId,
        revision: row[0],
        eventHash: row[1],
        schemaVersion: Number(row[2]),
        state: JSON.parse(row[3]) as JsonValue,
      };
    },
    save: (snapshot, keys) => write(() => save.immediate(snapshot, keys)),
    findKeys: async (streamId, kind, keys) => {
      const found = new Map<string, bigint>();
      // One point read per key on the primary key: a handful per command.
      for (const key of keys) {
        const revision = findOne.get(streamId, kind, key) as bigint | undefined;
        if (revision !== undefined) found.set(key, revision);
      }
      return found;
    },
  };
};
