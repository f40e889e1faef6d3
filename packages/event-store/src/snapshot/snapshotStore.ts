import type { JsonValue } from "../port";

/**
 * A durable snapshot of a stream's folded state: a cache of the fold, never the record. It
 * names the revision it was taken at and the hash of the stream's event there, so a reader
 * checks it against the chain before folding only the events after it. The state is opaque
 * JSON here (the domain encodes and versions it); `schemaVersion` lets a reader ignore a
 * snapshot of another shape instead of misreading it.
 */
export interface StoredSnapshot {
  readonly streamId: string;
  /** The stream's revision the state was folded up to (inclusive). */
  readonly revision: bigint;
  /** `hash` of the stream's event at `revision`: a snapshot whose hash is not the chain's is ignored. */
  readonly eventHash: string;
  readonly schemaVersion: number;
  readonly state: JsonValue;
}

/**
 * A fact a snapshot's state leaves out because it grows with the stream (a command id, a
 * decided request id), kept in an index beside the snapshots and asked for one key at a
 * time. `kind` namespaces the keys; `revision` is the event the key was met in.
 */
export interface SnapshotKey {
  readonly kind: string;
  readonly key: string;
  readonly revision: bigint;
}

/**
 * Where durable snapshots live: beside the events where the store allows it (SQLite: tables
 * in the same file), in memory for in-memory stores. Every snapshot is kept, so a state as
 * of an earlier revision can start from the nearest one before it.
 */
export interface SnapshotStore {
  /** The snapshot of the highest revision (at or before `atOrBefore`, when given). */
  latest(streamId: string, options?: { readonly atOrBefore?: bigint }): Promise<StoredSnapshot | undefined>;
  /**
   * Stores the snapshot and the keys met in the events since the previous one, in one
   * transaction: the keys then cover every event up to the snapshot's revision. Storing a
   * snapshot of a revision already stored replaces it; a key already indexed keeps its revision.
   */
  save(snapshot: StoredSnapshot, keys: readonly SnapshotKey[]): Promise<void>;
  /** Which of `keys` (of `kind`) are indexed for the stream, with the revision each was met in. */
  findKeys(streamId: string, kind: string, keys: readonly string[]): Promise<ReadonlyMap<string, bigint>>;
}

/** Optional capability of an event store that keeps snapshots beside its events. */
export interface HasSnapshotStore {
  readonly snapshots: SnapshotStore;
}

export const snapshotStoreOf = (store: object): SnapshotStore | undefined =>
  "snapshots" in store && typeof (store as HasSnapshotStore).snapshots === "object"
    ? (store as HasSnapshotStore).snapshots
    : undefined;
