import { join } from "node:path";
import { eventLeaf } from "@grant-ledger/event-store";
import { collect } from "@grant-ledger/event-store/testing";
import { createMemoryMerkleTree, rootAt } from "@grant-ledger/merkle";
import Database from "better-sqlite3";
import * as E from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";
import { type SqliteEventStore, openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory, testEvent } from "../testSupport/tempStore";

const temp = tempDirectory("merkle");
afterAll(temp.cleanup);
let n = 0;

const right = <T>(e: E.Either<unknown, T>): T => {
  if (E.isLeft(e)) throw new Error("expected Right");
  return e.right;
};
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

const fill = async (store: SqliteEventStore, streams: number, perStream: number) => {
  for (let s = 0; s < streams; s++)
    for (let i = 0; i < perStream; i++)
      right(
        await store.appendToStream(
          `agreement-${s}`,
          [testEvent(`c-${s}-${i}`, { i })],
          i === 0 ? "no-stream" : BigInt(i - 1),
        ),
      );
};

/** The root of the stored events recomputed from scratch, independent of the node table. */
const referenceRoot = async (store: SqliteEventStore) => {
  const events = await collect(store.readAll());
  return hex(right(rootAt(createMemoryMerkleTree(events.map(eventLeaf)), BigInt(events.length))));
};

describe("the SQLite Merkle tree", () => {
  it("is built on open for a store written before the tree existed", async () => {
    const file = join(temp.dir, `upgrade-${n++}.db`);
    const store = openSqliteEventStore({ file });
    await fill(store, 3, 13);
    const before = right(await store.merkle.treeHead());
    await store.close();
    const raw = new Database(file);
    raw.exec("DROP TABLE merkle_nodes");
    raw.close();
    const reopened = openSqliteEventStore({ file });
    const after = right(await reopened.merkle.treeHead());
    expect(after.treeSize).toBe(39n);
    expect(hex(after.rootHash)).toBe(hex(before.rootHash));
    expect(hex(after.rootHash)).toBe(await referenceRoot(reopened));
    await reopened.close();
  });

  it("fills in leaves another (older) writer appended without the tree, inside the next append", async () => {
    const file = join(temp.dir, `old-writer-${n++}.db`);
    const store = openSqliteEventStore({ file });
    await fill(store, 2, 20);
    // As if an older build had written events 30..39: their nodes were never stored.
    const raw = new Database(file);
    raw.prepare("DELETE FROM merkle_nodes WHERE ((idx + 1) << level) > 30").run();
    raw.close();
    right(await store.appendToStream("agreement-new", [testEvent("c-new")], "no-stream"));
    const head = right(await store.merkle.treeHead());
    expect(head.treeSize).toBe(41n);
    expect(hex(head.rootHash)).toBe(await referenceRoot(store));
    await store.close();
  });

  it("stores about two nodes per event and rolls them back with a failed append", async () => {
    const file = join(temp.dir, `rows-${n++}.db`);
    const store = openSqliteEventStore({ file });
    await fill(store, 4, 16);
    const rows = store.database.prepare("SELECT count(*) FROM merkle_nodes").pluck().get() as number;
    expect(rows).toBe(64 + 32 + 16 + 8 + 4 + 2 + 1);
    const conflict = await store.appendToStream("agreement-0", [testEvent("late")], 3n);
    expect(E.isLeft(conflict)).toBe(true);
    expect(store.database.prepare("SELECT count(*) FROM merkle_nodes").pluck().get()).toBe(rows);
    await store.close();
  });
});
