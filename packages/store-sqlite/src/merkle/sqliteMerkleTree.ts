import { type SerialisedEvent, eventLeaf, eventLeafFromJson } from "@grant-ledger/event-store";
import { type MerkleNodes, type NodeId, appendLeaves, frontierOf, leafHash } from "@grant-ledger/merkle";
import type Database from "better-sqlite3";
import { EVENT_COLUMNS, type EventRow, recordedFromRow } from "../read/eventRow";
import { MERKLE_DDL } from "./merkleSchema";

export interface SqliteMerkleTree extends MerkleNodes {
  /**
   * Adds freshly chained events as leaves; called inside the append transaction, after
   * their rows were inserted, so the tree commits with the events or not at all.
   */
  readonly appendEvents: (events: readonly SerialisedEvent[]) => void;
  /** Builds the leaves the tree lacks from stored events (a store from before the tree). */
  readonly catchUp: () => void;
}

const CATCH_UP_PAGE = 2048;

export const sqliteMerkleTree = (db: Database.Database): SqliteMerkleTree => {
  db.exec(MERKLE_DDL);
  const lastLeaf = db.prepare("SELECT max(idx) FROM merkle_nodes WHERE level = 0").pluck();
  const node = db.prepare("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?").pluck();
  const insert = db.prepare("INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)");
  const lastPosition = db.prepare("SELECT max(global_position) FROM events").pluck();
  const eventsFrom = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE global_position >= ? ORDER BY global_position LIMIT ?`,
    )
    .raw();

  const size = (): bigint => {
    const last = lastLeaf.get() as number | null;
    return last === null ? 0n : BigInt(last) + 1n;
  };

  const read = (ids: readonly NodeId[]): Uint8Array[] =>
    ids.map((id) => {
      const hash = node.get(id.level, id.index) as Buffer | undefined;
      if (hash === undefined) throw new Error(`the Merkle tree has no node ${id.level}:${id.index}`);
      return hash;
    });

  const extend = (from: bigint, leaves: readonly Uint8Array[]) => {
    const grown = appendLeaves(from, read(frontierOf(from)), leaves.map(leafHash));
    for (const n of grown.nodes) insert.run(n.level, n.index, n.hash);
  };

  /** Leaves for events [size(), upTo), read in pages; canonicalised afresh, as old rows may predate canonical storage. */
  const catchUpTo = (upTo: bigint) => {
    for (let at = size(); at < upTo; at = size()) {
      const rows = eventsFrom.all(
        at,
        Number(upTo - at < CATCH_UP_PAGE ? upTo - at : CATCH_UP_PAGE),
      ) as EventRow[];
      const events = rows.map(recordedFromRow);
      events.forEach((e, i) => {
        if (e.globalPosition !== at + BigInt(i))
          throw new Error(`global position ${at + BigInt(i)} is missing: the tree cannot be built`);
      });
      extend(at, events.map(eventLeaf));
    }
  };

  return {
    size,
    read,
    appendEvents: (events) => {
      const first = events[0]?.event.globalPosition;
      if (first === undefined) return;
      // Another (older) writer may have appended without the tree: fill its leaves in first.
      if (size() < first) catchUpTo(first);
      extend(
        first,
        events.map((e) => eventLeafFromJson(e.event, e.dataJson, e.metadataJson)),
      );
    },
    catchUp: () => {
      const last = lastPosition.get() as number | null;
      const upTo = last === null ? 0n : BigInt(last) + 1n;
      if (size() < upTo) db.transaction(() => catchUpTo(upTo)).immediate();
    },
  };
};
