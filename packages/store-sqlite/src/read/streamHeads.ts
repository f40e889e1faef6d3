import type { HasStreamHeads } from "@grant-ledger/event-store";
import type Database from "better-sqlite3";

/**
 * Every stream's last event below a tree size, for signing a tree head. The inner query
 * reads only the (stream_id, revision) index, which holds the rowid (the global position)
 * too; SQLite takes a bare column from the row where max() was found. One read
 * transaction, so the heads are of one state of the store.
 */
export const sqliteStreamHeads = (
  db: Database.Database,
  guard: <T>(read: () => T) => T,
): HasStreamHeads["streamHeads"] => {
  const heads = db
    .prepare(
      `SELECT e.stream_id, e.revision, e.global_position, e.hash
       FROM (SELECT max(revision) AS revision, stream_id FROM events WHERE global_position < ? GROUP BY stream_id) AS last
       JOIN events AS e ON e.stream_id = last.stream_id AND e.revision = last.revision`,
    )
    .raw()
    .safeIntegers(true);
  return async (treeSize) =>
    guard(() =>
      (heads.all(treeSize) as [string, bigint, bigint, string][]).map(
        ([streamId, revision, globalPosition, hash]) => ({ streamId, revision, globalPosition, hash }),
      ),
    );
};
