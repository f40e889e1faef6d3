import { randomUUID } from "node:crypto";

/** One event as the double keeps it: bytes and strings, as they travel on the wire. */
export interface LogRecord {
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly customMetadata: Uint8Array;
  readonly data: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as the server reports `created`. */
  readonly created: bigint;
  /** Log position; the double reports the same value as commit and prepare position. */
  readonly position: bigint;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly customMetadata: Uint8Array;
  readonly data: Uint8Array;
}

export type Expected =
  | { readonly kind: "any" | "no-stream" | "exists" }
  | { readonly kind: "revision"; readonly revision: bigint };

export type AppendOutcome =
  | { readonly kind: "written"; readonly currentRevision: bigint; readonly position: bigint }
  | { readonly kind: "idempotent"; readonly currentRevision: bigint }
  | { readonly kind: "wrong-expected-version"; readonly current: bigint | undefined };

/**
 * The transaction log of the protocol double: one ordered list (`$all`) plus an index per
 * stream. Positions are byte offsets of a notional log, so they rise with gaps as on a real
 * server, and the log starts with system events that are not the project's.
 */
export interface Log {
  readonly all: readonly LogRecord[];
  readonly stream: (streamId: string) => readonly LogRecord[] | undefined;
  readonly append: (streamId: string, expected: Expected, events: readonly ProposedEvent[]) => AppendOutcome;
  /** Called after every write with the records written. */
  readonly onWrite: (listener: (records: readonly LogRecord[]) => void) => () => void;
  /** Index in `all` of the record at exactly `position`, or -1. */
  readonly indexAt: (position: bigint) => number;
}

/** Fixed per-record overhead of the notional log format, in bytes. */
const RECORD_OVERHEAD = 97n;
const FIRST_POSITION = 1_000n;
const TICKS_AT_EPOCH = 0n;

const encoder = new TextEncoder();

const matchesAt = (records: readonly LogRecord[], at: number, events: readonly ProposedEvent[]): boolean =>
  events.length > 0 && events.every((event, i) => records[at + i]?.id === event.id);

export const createLog = (options: { readonly now?: () => bigint } = {}): Log => {
  const now = options.now ?? (() => BigInt(Date.now()) * 10_000n + TICKS_AT_EPOCH);
  const all: LogRecord[] = [];
  const streams = new Map<string, LogRecord[]>();
  const listeners = new Set<(records: readonly LogRecord[]) => void>();
  let nextPosition = FIRST_POSITION;

  const write = (streamId: string, events: readonly ProposedEvent[]): LogRecord[] => {
    const stream = streams.get(streamId) ?? [];
    streams.set(streamId, stream);
    const created = now();
    const written = events.map((event) => {
      const record: LogRecord = {
        streamId,
        revision: BigInt(stream.length),
        ...event,
        created,
        position: nextPosition,
      };
      nextPosition +=
        RECORD_OVERHEAD +
        BigInt(event.data.length + event.customMetadata.length + encoder.encode(streamId).length);
      stream.push(record);
      all.push(record);
      return record;
    });
    for (const listener of [...listeners]) listener(written);
    return written;
  };

  const json = (value: unknown) => encoder.encode(JSON.stringify(value));
  // What a fresh server writes before any client does: its epoch and settings, then stats.
  write("$epoch-information", [
    {
      id: randomUUID(),
      type: "$epoch-information",
      contentType: "application/json",
      customMetadata: new Uint8Array(),
      data: json({ epochNumber: 0 }),
    },
  ]);
  write("$settings", [
    {
      id: randomUUID(),
      type: "update-default-acl",
      contentType: "application/json",
      customMetadata: new Uint8Array(),
      data: json({ $userStreamAcl: {} }),
    },
  ]);

  return {
    all,
    stream: (streamId) => streams.get(streamId),
    append: (streamId, expected, events) => {
      const stream = streams.get(streamId) ?? [];
      const current = stream.length === 0 ? undefined : BigInt(stream.length - 1);
      // The server answers a repeated write of the same event ids with the original result
      // (and no position) instead of a conflict or a duplicate.
      const expectedAt =
        expected.kind === "revision"
          ? Number(expected.revision) + 1
          : expected.kind === "no-stream"
            ? 0
            : stream.findIndex((record) => record.id === events[0]?.id);
      if (expectedAt >= 0 && matchesAt(stream, expectedAt, events)) {
        return { kind: "idempotent", currentRevision: BigInt(expectedAt + events.length - 1) };
      }
      const met =
        expected.kind === "any" ||
        (expected.kind === "no-stream" && current === undefined) ||
        (expected.kind === "exists" && current !== undefined) ||
        (expected.kind === "revision" && current === expected.revision);
      if (!met) return { kind: "wrong-expected-version", current };
      // An empty write checks the expectation and writes nothing: there is no position to report.
      if (events.length === 0) return { kind: "idempotent", currentRevision: current ?? -1n };
      const written = write(streamId, events);
      const last = written[written.length - 1]!;
      return { kind: "written", currentRevision: last.revision, position: last.position };
    },
    onWrite: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    indexAt: (position) => {
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (all[mid]!.position < position) lo = mid + 1;
        else hi = mid;
      }
      return all[lo]?.position === position ? lo : -1;
    },
  };
};
