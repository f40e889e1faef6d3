import {
  type EventStore,
  type HasHeadPosition,
  type HasMerkleLog,
  type HasProjectionCheckpoints,
  type HasSnapshotStore,
  type HasStoredEventAccess,
  type HasStreamHeads,
  type Subscription,
  createCatchUpSubscription,
  merkleLogFromNodes,
} from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { appendInTransaction } from "./append/appendInTransaction";
import { groupCommit } from "./append/groupCommit";
import { MERKLE_TABLES } from "./merkle/merkleSchema";
import { sqliteMerkleTree } from "./merkle/sqliteMerkleTree";
import { sqliteProjectionCheckpoints } from "./projection/sqliteCheckpoints";
import { pagedReads } from "./read/pagedReads";
import { sqliteStreamHeads } from "./read/streamHeads";
import { openDatabase } from "./schema/openDatabase";
import { isSqliteCorruption } from "./schema/sqliteErrors";
import { sqliteStoreError } from "./schema/storeErrors";
import { SNAPSHOT_TABLES, sqliteSnapshotStore } from "./snapshot/sqliteSnapshotStore";
import { wakeups } from "./subscribe/catchUpSubscription";
import { sqliteStoredEvents } from "./verify/storedEvents";

export interface SqliteEventStoreOptions {
  /** Path of the database file; created (with its directory) if absent. */
  readonly file: string;
  /** Default 5000. */
  readonly busyTimeoutMs?: number;
  /** Extra attempts when the write lock is still busy after `busyTimeoutMs`. Default 20. */
  readonly busyRetries?: number;
  /** Rows per read page. Default 512. */
  readonly pageSize?: number;
  /** Most appends committed in one transaction. Default 256. */
  readonly maxBatch?: number;
  /** How often subscriptions look for appends made by other processes. Default 250 ms. */
  readonly pollIntervalMs?: number;
}

export interface SqliteEventStore
  extends EventStore,
    HasProjectionCheckpoints,
    HasHeadPosition,
    HasStoredEventAccess,
    HasMerkleLog,
    HasSnapshotStore,
    HasStreamHeads {
  readonly file: string;
  /** The underlying connection, for projections that store state in the same file. */
  readonly database: Database.Database;
}

/**
 * Opens an event store in one SQLite file (WAL, synchronous=FULL). Throws a SqliteStoreError
 * (`code`: corrupt | not-a-grant-ledger-store | newer-schema) without writing anything when
 * the file cannot be used.
 */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): SqliteEventStore => {
  const { file } = options;
  const pageSize = options.pageSize ?? 512;
  const busyRetries = options.busyRetries ?? 20;
  const db = openDatabase({
    file,
    busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    busyRetries,
    openTimeTables: [MERKLE_TABLES, SNAPSHOT_TABLES],
  });

  const guard = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (isSqliteCorruption(e)) {
        throw sqliteStoreError("corrupt", file, `${file} is corrupt: ${(e as Error).message}`, e);
      }
      throw e;
    }
  };

  const tree = sqliteMerkleTree(db);
  guard(tree.catchUp);

  const snapshots = guard(() => sqliteSnapshotStore(db, busyRetries));
  const wake = wakeups();
  const reads = pagedReads(db, pageSize, guard);
  const commits = groupCommit(db, appendInTransaction(db), tree, {
    maxBatch: options.maxBatch ?? 256,
    busyRetries,
    onCommitted: wake.wakeAll,
  });
  const subscriptions = new Set<Subscription>();
  const lastPosition = db.prepare("SELECT max(global_position) FROM events").pluck();
  let closed = false;

  const ensureOpen = () => {
    if (closed) throw new Error(`event store ${file} is closed`);
  };

  return {
    file,
    database: db,
    projectionCheckpoints: sqliteProjectionCheckpoints(db, busyRetries),
    storedEvents: sqliteStoredEvents(db, pageSize, guard),
    snapshots,
    streamHeads: sqliteStreamHeads(db, guard),
    merkle: merkleLogFromNodes({ size: () => guard(tree.size), read: (ids) => guard(() => tree.read(ids)) }),
    headPosition: async () => {
      ensureOpen();
      const last = guard(() => lastPosition.get() as number | null);
      return last === null ? undefined : BigInt(last);
    },
    appendToStream: async (streamId, events, expected) => {
      ensureOpen();
      return commits.submit({ streamId, events, expected });
    },
    readStream: (streamId, readOptions) => {
      ensureOpen();
      return reads.readStream(streamId, readOptions);
    },
    readAll: (readOptions) => {
      ensureOpen();
      return reads.readAll(readOptions);
    },
    subscribeToAll: (fromPosition, handlers) => {
      ensureOpen();
      const pollIntervalMs = options.pollIntervalMs ?? 250;
      // The shared catch-up loop; it pages so that no read holds a statement open for long.
      const subscription = createCatchUpSubscription(
        { readAll: reads.readAll, waitForAppend: () => wake.next(pollIntervalMs), pageSize },
        fromPosition,
        handlers,
      );
      subscriptions.add(subscription);
      return {
        stop: async () => {
          subscriptions.delete(subscription);
          await subscription.stop();
        },
      };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.stop()));
      await commits.drain();
      db.close();
    },
  };
};
