/**
 * What verification can find wrong with one event:
 * - `edited`: the stored hash is not the hash of the stored fields.
 * - `deleted`: a revision is missing (a gap in the stream), or, reading the whole store, a
 *   global position is missing.
 * - `inserted`: a revision or global position occurs twice, or the chain skips an event
 *   (the next event links to the one before it).
 * - `reordered`: a missing revision turns up later in the read, or global positions go
 *   backwards (within a stream read by revision).
 * - `broken-link`: the event links to a hash no stored event has: an earlier event was
 *   rewritten and rehashed, or removed and the rest renumbered.
 * - `unreadable`: a stored column cannot be read as what it should hold (JSON that does not
 *   parse, text where a number belongs).
 * - `not-canonical`: stored JSON text is not exactly the canonical JSON that was hashed (a
 *   duplicate key, whitespace, a rewritten number or escape, keys reordered).
 * - `column-mismatch`: a column that repeats part of the event (the command id) disagrees
 *   with it.
 */
export type EventProblem =
  | "edited"
  | "deleted"
  | "inserted"
  | "reordered"
  | "broken-link"
  | "unreadable"
  | "not-canonical"
  | "column-mismatch";

export interface EventBreak {
  readonly streamId: string;
  readonly revision: bigint;
  readonly globalPosition: bigint;
  readonly problem: EventProblem;
  /** For problems of the chain itself: the hash the chain expects and the one stored. */
  readonly expectedHash?: string;
  readonly foundHash?: string;
  readonly message: string;
}

/** The storage engine's own check failed (SQLite: `PRAGMA integrity_check`, the schema). */
export interface StorageBreak {
  readonly problem: "storage-damaged";
  readonly findings: readonly string[];
  readonly message: string;
}

export type ChainBreak = EventBreak | StorageBreak;

export type ChainProblem = ChainBreak["problem"];

export const isStorageBreak = (found: ChainBreak): found is StorageBreak =>
  found.problem === "storage-damaged";

export const storageBreak = (findings: readonly string[]): StorageBreak => ({
  problem: "storage-damaged",
  findings,
  message: `storage-damaged: the store's own consistency check failed: ${findings.slice(0, 3).join("; ")}${
    findings.length > 3 ? `; and ${findings.length - 3} more` : ""
  }`,
});
