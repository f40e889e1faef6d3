import {
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  pastBound,
  readLimit,
} from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { EVENT_COLUMNS, type EventRow, recordedFromRow } from "./eventRow";

/**
 * Reads page by page with bounded `.all()` calls. An open `.iterate()` cursor would hold the
 * connection across `await`s and block appends on it, so no cursor outlives a page.
 */
export interface PagedReads {
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
}

const END_OF_STREAM = BigInt(Number.MAX_SAFE_INTEGER);

export const pagedReads = (
  db: Database.Database,
  pageSize: number,
  guard: <T>(read: () => T) => T,
): PagedReads => {
  const forwards = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .raw();
  const backwards = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    )
    .raw();
  const all = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE global_position >= ? ORDER BY global_position LIMIT ?`,
    )
    .raw();

  async function* readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncGenerator<RecordedEvent> {
    const isForwards = (options.direction ?? "forwards") === "forwards";
    let remaining = readLimit(options);
    let cursor = options.from ?? (isForwards ? 0n : END_OF_STREAM);
    while (remaining > 0 && cursor >= 0n) {
      const limit = Math.min(pageSize, remaining);
      const from = cursor;
      const rows = guard(() => (isForwards ? forwards : backwards).all(streamId, from, limit) as EventRow[]);
      for (const row of rows) {
        const event = recordedFromRow(row);
        if (pastBound(options, event.revision)) return;
        yield event;
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < limit) return;
      remaining -= rows.length;
      cursor = isForwards ? BigInt(last[2]) + 1n : BigInt(last[2]) - 1n;
    }
  }

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let cursor = options.fromPosition ?? 0n;
    while (remaining > 0) {
      const limit = Math.min(pageSize, remaining);
      const from = cursor;
      const rows = guard(() => all.all(from, limit) as EventRow[]);
      for (const row of rows) yield recordedFromRow(row);
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < limit) return;
      remaining -= rows.length;
      cursor = BigInt(last[0]) + 1n;
    }
  }

  return { readStream, readAll };
};
