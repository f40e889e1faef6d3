import {
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  GENESIS_HASH,
  type SerialisedEvent,
  type StreamRevision,
  type WrongExpectedRevision,
  chainEventsSerialised,
} from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { type Either, left, right } from "fp-ts/Either";
import { EVENT_COLUMNS, type EventRow, recordedFromRow } from "../read/eventRow";

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expected: ExpectedRevision;
}

export type AppendOutcome = Either<WrongExpectedRevision, AppendResult>;

export interface Appended {
  readonly outcome: AppendOutcome;
  /** The rows this append inserted, as serialised (none for a conflict or a replay): the Merkle tree's leaves. */
  readonly written: readonly SerialisedEvent[];
}

const nothingWritten: readonly SerialisedEvent[] = [];

const satisfies = (expected: ExpectedRevision, actual: StreamRevision): boolean => {
  if (expected === "any") return true;
  if (expected === "no-stream") return actual === "no-stream";
  if (expected === "exists") return actual !== "no-stream";
  return actual === expected;
};

/**
 * One append, run inside the caller's IMMEDIATE transaction: the write lock is already held,
 * so the stream head, the next global position (max + 1) and the chain hashes read here
 * cannot change before commit. The Merkle tree grows from what it wrote, once per transaction
 * (see groupCommit).
 */
export const appendInTransaction = (db: Database.Database): ((request: AppendRequest) => Appended) => {
  const byCommand = db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM events INDEXED BY events_by_command
       WHERE stream_id = ? AND command_id = ? ORDER BY revision`)
    .raw();
  const head = db
    .prepare("SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1")
    .raw();
  // Exactly `SELECT max(rowid)`: SQLite answers it from the end of the b-tree. Wrapping it
  // (coalesce, + 1) turns it into a full scan per append.
  const lastPosition = db.prepare("SELECT max(global_position) FROM events").pluck();
  const insert = db.prepare(
    `INSERT INTO events (global_position, stream_id, revision, type, schema_version, data, metadata, command_id, previous_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return ({ streamId, events, expected }) => {
    const current = head.get(streamId) as [number, string] | undefined;
    const actual: StreamRevision = current === undefined ? "no-stream" : BigInt(current[0]);
    const commandIds = [...new Set(events.map((e) => e.metadata.commandId))];
    for (const commandId of commandIds) {
      const original = byCommand.all(streamId, commandId) as EventRow[];
      const last = original[original.length - 1];
      if (last !== undefined) {
        // The original events, and where the stream is now (it may have moved on since).
        return {
          outcome: right({
            nextExpectedRevision: actual === "no-stream" ? -1n : actual,
            lastGlobalPosition: BigInt(last[0]),
            events: original.map(recordedFromRow),
            idempotentReplay: true,
          }),
          written: nothingWritten,
        };
      }
    }
    if (!satisfies(expected, actual)) {
      return {
        outcome: left({ _tag: "WrongExpectedRevision", streamId, expected, actual }),
        written: nothingWritten,
      };
    }
    const lastStored = lastPosition.get() as number | null;
    const firstGlobalPosition = lastStored === null ? 0n : BigInt(lastStored) + 1n;
    const chained = chainEventsSerialised(
      {
        streamId,
        firstRevision: actual === "no-stream" ? 0n : actual + 1n,
        firstGlobalPosition,
        previousHash: current === undefined ? GENESIS_HASH : current[1],
      },
      events,
    );
    // Stored as the canonical JSON the hash was computed over: serialised once, not twice.
    for (const { event: e, dataJson, metadataJson } of chained) {
      insert.run(
        e.globalPosition,
        e.streamId,
        e.revision,
        e.type,
        e.schemaVersion,
        dataJson,
        metadataJson,
        e.metadata.commandId,
        e.previousHash,
        e.hash,
      );
    }
    const recorded = chained.map((c) => c.event);
    const last = recorded[recorded.length - 1];
    return {
      outcome: right({
        nextExpectedRevision: last?.revision ?? (actual === "no-stream" ? -1n : actual),
        lastGlobalPosition: last?.globalPosition ?? firstGlobalPosition - 1n,
        events: recorded,
        idempotentReplay: false,
      }),
      written: chained,
    };
  };
};
