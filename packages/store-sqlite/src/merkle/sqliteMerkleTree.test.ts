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

  it("grows once per group commit, from a frontier kept in memory only after a commit", async () => {
    const file = join(temp.dir, `kept-${n++}.db`);
    const store = openSqliteEventStore({ file });
    await fill(store, 2, 5);
    // Concurrent appends are one transaction: the tree grows by all of them at once.
    const batch = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        store.appendToStream(`agreement-b${i}`, [testEvent(`b-${i}`), testEvent(`b-${i}-2`)], "no-stream"),
      ),
    );
    expect(batch.every(E.isRight)).toBe(true);
    expect(hex(right(await store.merkle.treeHead()).rootHash)).toBe(await referenceRoot(store));
    // A node in the way makes growing the tree fail: the whole transaction rolls back, and
    // the frontier it computed must not serve the next append.
    const next = right(await store.merkle.treeHead()).treeSize;
    store.database
      .prepare("INSERT INTO merkle_nodes (level, idx, hash) VALUES (0, ?, ?)")
      .run(next, Buffer.alloc(32));
    await expect(store.appendToStream("agreement-x", [testEvent("x")], "no-stream")).rejects.toThrow();
    store.database.prepare("DELETE FROM merkle_nodes WHERE level = 0 AND idx = ?").run(next);
    expect((await collect(store.readAll())).length).toBe(Number(next));
    right(await store.appendToStream("agreement-y", [testEvent("y"), testEvent("y2")], "no-stream"));
    const grown = right(await store.merkle.treeHead());
    expect(grown.treeSize).toBe(next + 2n);
    expect(hex(grown.rootHash)).toBe(await referenceRoot(store));
    // Now the tree grows and only the COMMIT fails (a deferred foreign key checked there):
    // the frontier that transaction computed must not be kept either.
    const db = store.database;
    db.pragma("foreign_keys = ON");
    db.exec(`CREATE TABLE t_parent (id INTEGER PRIMARY KEY);
      CREATE TABLE t_child (p INTEGER REFERENCES t_parent (id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TEMP TRIGGER t_fail_commit AFTER INSERT ON merkle_nodes WHEN NEW.level = 0
      BEGIN INSERT INTO t_child VALUES (1); END;`);
    await expect(store.appendToStream("agreement-z", [testEvent("z")], "no-stream")).rejects.toThrow(
      /FOREIGN KEY/,
    );
    db.exec("DROP TRIGGER t_fail_commit");
    expect(right(await store.merkle.treeHead()).treeSize).toBe(next + 2n);
    // Another process appends as many events as the rolled-back transaction had: the store
    // ends at the size the lost frontier was for, but not with its leaves.
    const other = openSqliteEventStore({ file });
    right(await other.appendToStream("agreement-o", [testEvent("o")], "no-stream"));
    await other.close();
    right(await store.appendToStream("agreement-z", [testEvent("z"), testEvent("z2")], "no-stream"));
    const head = right(await store.merkle.treeHead());
    expect(head.treeSize).toBe(next + 5n);
    expect(hex(head.rootHash)).toBe(await referenceRoot(store));
    await store.close();
  });

  it("reads the frontier again when another connection grew the tree in between", async () => {
    const file = join(temp.dir, `two-writers-${n++}.db`);
    const one = openSqliteEventStore({ file });
    const other = openSqliteEventStore({ file });
    for (let i = 0; i < 12; i++) {
      const writer = i % 3 === 2 ? other : one;
      right(
        await writer.appendToStream(
          `agreement-${i % 4}`,
          [testEvent(`w-${i}`, { i }), testEvent(`w-${i}-2`)],
          "any",
        ),
      );
      expect(hex(right(await one.merkle.treeHead()).rootHash)).toBe(await referenceRoot(other));
    }
    expect(right(await other.merkle.treeHead()).treeSize).toBe(24n);
    await one.close();
    await other.close();
  });

  it("leaves out the events of an append that failed inside a group commit", async () => {
    const file = join(temp.dir, `savepoint-${n++}.db`);
    const store = openSqliteEventStore({ file });
    await fill(store, 1, 3);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const bad = { ...testEvent("bad"), data: cyclic } as unknown as ReturnType<typeof testEvent>;
    const settled = await Promise.allSettled([
      store.appendToStream("agreement-d", [testEvent("g1")], "no-stream"),
      store.appendToStream("agreement-e", [testEvent("b1"), bad], "no-stream"),
      store.appendToStream("agreement-d", [testEvent("g2")], 0n),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const head = right(await store.merkle.treeHead());
    expect(head.treeSize).toBe(5n);
    expect(hex(head.rootHash)).toBe(await referenceRoot(store));
    right(await store.appendToStream("agreement-d", [testEvent("g3")], 1n));
    expect(hex(right(await store.merkle.treeHead()).rootHash)).toBe(await referenceRoot(store));
    await store.close();
  });
});
