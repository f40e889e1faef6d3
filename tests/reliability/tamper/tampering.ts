import { type JsonObject, type JsonValue, canonicalJson, chainHash } from "@grant-ledger/event-store";
import type { SqliteEventStore } from "@grant-ledger/store-sqlite";
import type { Random } from "../support/random";

/** One row of the `events` table, as a forger with the file and an SQL prompt sees it. */
export interface Row {
  readonly global_position: number;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: string;
  readonly metadata: string;
  readonly command_id: string;
  readonly previous_hash: string;
  readonly hash: string;
}

export type Column = keyof Row;

/** What a mutation works with: the open file, a seeded random source, the rows as they are now. */
export interface Tampering {
  readonly random: Random;
  rows(): Row[];
  set(row: Row, column: Column, value: string | number): void;
  run(sql: string, ...params: (string | number)[]): void;
  insert(row: Row): void;
  /** Recomputes valid hashes for `streamId` from `revision` to its end, as a careful forger would. */
  rechain(streamId: string, revision: number): void;
}

export const tamperingWith = (db: SqliteEventStore["database"], random: Random): Tampering => {
  const rows = () => db.prepare("SELECT * FROM events ORDER BY global_position").all() as Row[];
  const set = (row: Row, column: Column, value: string | number) =>
    db.prepare(`UPDATE events SET ${column} = ? WHERE global_position = ?`).run(value, row.global_position);
  const insert = (row: Row) =>
    db
      .prepare(
        `INSERT INTO events (global_position, stream_id, revision, type, schema_version, data, metadata, command_id, previous_hash, hash)
         VALUES (@global_position, @stream_id, @revision, @type, @schema_version, @data, @metadata, @command_id, @previous_hash, @hash)`,
      )
      .run(row);
  const rechain = (streamId: string, revision: number) => {
    const stream = rows()
      .filter((r) => r.stream_id === streamId)
      .sort((a, b) => a.revision - b.revision);
    let previous = stream.find((r) => r.revision === revision - 1)?.hash ?? "0".repeat(64);
    for (const row of stream.filter((r) => r.revision >= revision)) {
      const hash = chainHash({ ...fieldsOf(row), previousHash: previous });
      set(row, "previous_hash", previous);
      set(row, "hash", hash);
      previous = hash;
    }
  };
  return { random, rows, set, run: (sql, ...params) => db.prepare(sql).run(...params), insert, rechain };
};

/** The chained fields of a row, read the way verification reads them. */
export const fieldsOf = (row: Row) => ({
  previousHash: row.previous_hash,
  streamId: row.stream_id,
  revision: BigInt(row.revision),
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data) as JsonObject,
  metadata: JSON.parse(row.metadata) as JsonObject,
});

/** Rows that are not their stream's last (so a stream-local change is visible after them). */
export const innerRows = (rows: readonly Row[]): Row[] => {
  const last = new Map<string, number>();
  for (const r of rows) last.set(r.stream_id, Math.max(last.get(r.stream_id) ?? -1, r.revision));
  return rows.filter((r) => r.revision < (last.get(r.stream_id) ?? 0));
};

export const streamRows = (rows: readonly Row[], streamId: string): Row[] =>
  rows.filter((r) => r.stream_id === streamId).sort((a, b) => a.revision - b.revision);

/** Every object inside a JSON value, with its path, the value itself first. */
export const objectsIn = (value: JsonValue, path = "$"): { path: string; object: JsonObject }[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return [
    { path, object: value },
    ...Object.entries(value).flatMap(([k, v]) => objectsIn(v, `${path}.${k}`)),
  ];
};

/** Replaces the object at `path` (from objectsIn) with `replace(object)`. */
export const replaceAt = (
  value: JsonValue,
  path: string,
  replace: (o: JsonObject) => JsonValue,
): JsonValue => {
  const walk = (v: JsonValue, here: string): JsonValue => {
    if (here === path) return replace(v as JsonObject);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${here}[${i}]`));
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${here}.${k}`)]));
  };
  return walk(value, "$");
};

/** The first string or number leaf of an object, and its key. */
export const leafOf = (object: JsonObject): [string, JsonValue] | undefined =>
  Object.entries(object).find(([, v]) => typeof v === "string" || typeof v === "number");

export { canonicalJson };
