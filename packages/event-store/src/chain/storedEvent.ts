import * as E from "fp-ts/Either";
import type { EventToAppend, JsonObject, RecordedEvent } from "../port";
import { canonicalJson } from "./canonicalJson";
import type { EventBreak, EventProblem } from "./chainBreak";

/**
 * One event exactly as an adapter that keeps JSON text holds it: a value per column, nothing
 * parsed or converted. Every value is `unknown` because damaged storage can hold anything.
 */
export interface StoredEvent {
  readonly globalPosition: unknown;
  readonly streamId: unknown;
  readonly revision: unknown;
  readonly type: unknown;
  readonly schemaVersion: unknown;
  /** The stored JSON text of the event's data. */
  readonly data: unknown;
  /** The stored JSON text of the event's metadata. */
  readonly metadata: unknown;
  /** A copy of `metadata.commandId` the adapter keeps for idempotency (undefined: it keeps none). */
  readonly commandId?: unknown;
  readonly previousHash: unknown;
  readonly hash: unknown;
}

/**
 * How the JSON text of stored events was written: `canonical` (RFC 8785, what the hash
 * commits to) or `json-stringify` (`JSON.stringify` of the value in its own key order, what
 * SQLite stores created before 2026-12 hold).
 */
export type StoredTextForm = "canonical" | "json-stringify";

/** What an adapter that stores text lets verification see beyond the port's parsed events. */
export interface StoredEventAccess {
  readonly textForm: () => Promise<StoredTextForm>;
  /** The whole store by global position, or one stream by revision. */
  readonly read: (options: { readonly streamId?: string }) => AsyncIterable<StoredEvent>;
  /** The storage engine's own consistency checks: one line per finding, none when intact. */
  readonly checkStorage: () => Promise<readonly string[]>;
}

/** Optional adapter capability (duck-typed, like `headPosition`). */
export interface HasStoredEventAccess {
  readonly storedEvents: StoredEventAccess;
}

export const storedEventAccessOf = (store: object): StoredEventAccess | undefined =>
  "storedEvents" in store ? (store as HasStoredEventAccess).storedEvents : undefined;

const isInteger = (v: unknown): v is number | bigint =>
  typeof v === "bigint" || (typeof v === "number" && Number.isSafeInteger(v));

const isJsonObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Where the row claims to be, as far as its columns can be read. */
const placeOf = (row: StoredEvent) => ({
  streamId: typeof row.streamId === "string" ? row.streamId : `<${typeof row.streamId} stream id>`,
  revision: isInteger(row.revision) ? BigInt(row.revision) : -1n,
  globalPosition: isInteger(row.globalPosition) ? BigInt(row.globalPosition) : -1n,
});

const rowBreak = (row: StoredEvent, problem: EventProblem, detail: string): EventBreak => {
  const place = placeOf(row);
  return {
    ...place,
    problem,
    message: `${problem} at ${place.streamId} revision ${place.revision} (global position ${place.globalPosition}): ${detail}`,
  };
};

/** The first character where two texts differ, with a little of each around it. */
const firstDifference = (stored: string, expected: string, form: StoredTextForm): string => {
  let i = 0;
  while (i < stored.length && stored[i] === expected[i]) i++;
  const from = Math.max(0, i - 12);
  const excerpt = (s: string) => JSON.stringify(s.slice(from, i + 24));
  return `from character ${i} the stored text reads ${excerpt(stored)}, the ${form === "canonical" ? "canonical" : "JSON.stringify"} form ${excerpt(expected)}`;
};

const serialiserOf: Record<StoredTextForm, (value: JsonObject) => string> = {
  canonical: canonicalJson,
  // Not a fixed point for a duplicate key, whitespace, or a rewritten number or escape.
  "json-stringify": (value) => JSON.stringify(value),
};

/** Parses one JSON column and demands that its text be exactly the form it was written in. */
const readJsonColumn = (
  row: StoredEvent,
  column: "data" | "metadata",
  form: StoredTextForm,
): E.Either<EventBreak, JsonObject> => {
  const text = row[column];
  if (typeof text !== "string") {
    return E.left(rowBreak(row, "unreadable", `${column} holds a ${typeof text}, not JSON text`));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return E.left(rowBreak(row, "unreadable", `${column} is not JSON (${(e as Error).message})`));
  }
  if (!isJsonObject(value)) {
    return E.left(rowBreak(row, "unreadable", `${column} is JSON but not an object`));
  }
  const written = serialiserOf[form](value);
  // A store without the marker may also hold canonical rows, written since 2026-12 (their key
  // order can differ from JSON.stringify's, which puts integer-like keys first).
  if (written !== text && !(form === "json-stringify" && canonicalJson(value) === text)) {
    const what = form === "canonical" ? "canonical JSON (RFC 8785)" : "JSON text";
    return E.left(
      rowBreak(
        row,
        "not-canonical",
        `the stored ${column} is not the ${what} of its own value, which is what the hash commits to (a duplicate key, added whitespace or a rewritten value): ${firstDifference(text, written, form)}`,
      ),
    );
  }
  return E.right(value);
};

/**
 * Turns a stored row into the recorded event its hash can be checked against, or names what
 * is wrong with the row itself: a column of the wrong kind, text that is not JSON, JSON text
 * that is not exactly the form that was hashed (a parser would read a different value than
 * SQL's `json_extract` or an auditor's eye), or a command id column that disagrees with the
 * metadata it copies.
 */
export const recordedFromStored = (
  row: StoredEvent,
  form: StoredTextForm,
): E.Either<EventBreak, RecordedEvent> => {
  for (const column of ["globalPosition", "revision", "schemaVersion"] as const) {
    if (!isInteger(row[column]))
      return E.left(rowBreak(row, "unreadable", `${column} holds ${String(row[column])}, not an integer`));
  }
  for (const column of ["streamId", "type", "previousHash", "hash"] as const) {
    if (typeof row[column] !== "string")
      return E.left(rowBreak(row, "unreadable", `${column} holds a ${typeof row[column]}, not text`));
  }
  const data = readJsonColumn(row, "data", form);
  if (E.isLeft(data)) return data;
  const metadata = readJsonColumn(row, "metadata", form);
  if (E.isLeft(metadata)) return metadata;
  const commandId = metadata.right.commandId;
  if (typeof commandId !== "string") {
    return E.left(rowBreak(row, "unreadable", "metadata has no commandId text"));
  }
  if (row.commandId !== undefined && row.commandId !== commandId) {
    return E.left(
      rowBreak(
        row,
        "column-mismatch",
        `the command id column holds ${JSON.stringify(row.commandId)} but metadata.commandId is ${JSON.stringify(commandId)}: idempotency would answer for another command`,
      ),
    );
  }
  return E.right({
    streamId: row.streamId as string,
    revision: BigInt(row.revision as number | bigint),
    globalPosition: BigInt(row.globalPosition as number | bigint),
    type: row.type as string,
    schemaVersion: Number(row.schemaVersion),
    data: data.right,
    metadata: metadata.right as EventToAppend["metadata"],
    previousHash: row.previousHash as string,
    hash: row.hash as string,
  });
};
