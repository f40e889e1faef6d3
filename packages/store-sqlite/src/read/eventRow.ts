import type { EventToAppend, JsonObject, RecordedEvent } from "@grant-ledger/event-store";

/** Column order of every event query; rows are read with `.raw()` to skip per-row objects. */
export const EVENT_COLUMNS =
  "global_position, stream_id, revision, type, schema_version, data, metadata, previous_hash, hash";

export type EventRow = [
  globalPosition: number,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  previousHash: string,
  hash: string,
];

export const recordedFromRow = (row: EventRow): RecordedEvent => ({
  streamId: row[1],
  revision: BigInt(row[2]),
  globalPosition: BigInt(row[0]),
  type: row[3],
  schemaVersion: row[4],
  data: JSON.parse(row[5]) as JsonObject,
  metadata: JSON.parse(row[6]) as EventToAppend["metadata"],
  previousHash: row[7],
  hash: row[8],
});
