import { existsSync } from "node:fs";
import { join } from "node:path";
import { GENESIS_HASH, type RecordedEvent, chainHash } from "@grant-ledger/event-store";
import Database from "better-sqlite3";
import { isLeft, isRight } from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "./sqliteEventStore";
import { tempDirectory, testEvent } from "./testSupport/tempStore";

const temp = tempDirectory("store");
afterAll(temp.cleanup);
let n = 0;
const freshFile = () => join(temp.dir, `store-${n++}.db`);

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

const rowCount = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM events").pluck().get() as number;
  } finally {
    db.close();
  }
};

describe("SQLite event store", () => {
  it("creates its directory and sets WAL, synchronous=FULL and the application id", async () => {
    const file = join(temp.dir, "nested", "deeper", "store.db");
    const store = openSqliteEventStore({ file });
    expect(existsSync(file)).toBe(true);
    expect(store.database.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.database.pragma("synchronous", { simple: true })).toBe(2);
    expect(store.database.pragma("application_id", { simple: true })).toBe(0x474c4544);
    await store.close();
  });

  it("stores a hash chain that chainHash reproduces, and survives reopening", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file });
    await store.appendToStream(
      "agreement-a",
      [testEvent("c1", { n: 1 }), testEvent("c1", { n: 2 })],
      "no-stream",
    );
    await store.appendToStream("agreement-a", [testEvent("c2", { n: 3 })], 1n);
    await store.close();

    const reopened = openSqliteEventStore({ file });
    const events = await collect(reopened.readStream("agreement-a"));
    expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    expect(events[0]?.previousHash).toBe(GENESIS_HASH);
    events.forEach((e: RecordedEvent, i) => {
      expect(e.hash).toBe(chainHash(e));
      if (i > 0) expect(e.previousHash).toBe(events[i - 1]?.hash);
    });
    await reopened.close();
  });

  it("returns the original result for a repeated command id and writes nothing", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file });
    const first = await store.appendToStream(
      "agreement-b",
      [testEvent("cmd-1"), testEvent("cmd-1")],
      "no-stream",
    );
    await store.appendToStream("agreement-b", [testEvent("cmd-2")], "any");
    const retry = await store.appendToStream(
      "agreement-b",
      [testEvent("cmd-1"), testEvent("cmd-1")],
      "no-stream",
    );
    expect(isRight(first) && isRight(retry)).toBe(true);
    if (isRight(first) && isRight(retry)) {
      expect(retry.right.idempotentReplay).toBe(true);
      expect(retry.right.nextExpectedRevision).toBe(2n);
      expect(retry.right.lastGlobalPosition).toBe(first.right.lastGlobalPosition);
      expect(retry.right.events.map((e) => e.hash)).toEqual(first.right.events.map((e) => e.hash));
    }
    await store.close();
    expect(rowCount(file)).toBe(3);
  });

  it("reports a conflict with expected and actual revision, writing nothing", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file });
    await store.appendToStream("agreement-c", [testEvent("c1")], "no-stream");
    const conflict = await store.appendToStream("agreement-c", [testEvent("c2")], 5n);
    expect(isLeft(conflict) && conflict.left).toEqual({
      _tag: "WrongExpectedRevision",
      streamId: "agreement-c",
      expected: 5n,
      actual: 0n,
    });
    await store.close();
    expect(rowCount(file)).toBe(1);
  });

  it("commits concurrent appends together with gap-free global positions and stream revisions", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file, maxBatch: 16 });
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.appendToStream(`agreement-${i % 7}`, [testEvent(`c-${i}`, { i })], "any"),
      ),
    );
    expect(outcomes.every(isRight)).toBe(true);
    const all = await collect(store.readAll());
    expect(all.map((e) => e.globalPosition)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i)));
    for (let s = 0; s < 7; s++) {
      const revisions = all.filter((e) => e.streamId === `agreement-${s}`).map((e) => e.revision);
      expect(revisions).toEqual(revisions.map((_, i) => BigInt(i)));
    }
    await store.close();
  });

  it("rolls back only the append that failed inside a group commit", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const bad = { ...testEvent("bad"), data: cyclic } as unknown as ReturnType<typeof testEvent>;
    const [good, failed, alsoGood] = await Promise.allSettled([
      store.appendToStream("agreement-d", [testEvent("g1")], "no-stream"),
      store.appendToStream("agreement-e", [testEvent("b1"), bad], "no-stream"),
      store.appendToStream("agreement-d", [testEvent("g2")], 0n),
    ]);
    expect(good.status).toBe("fulfilled");
    expect(failed.status).toBe("rejected");
    expect(alsoGood.status).toBe("fulfilled");
    const all = await collect(store.readAll());
    expect(all.map((e) => [e.streamId, e.globalPosition])).toEqual([
      ["agreement-d", 0n],
      ["agreement-d", 1n],
    ]);
    await store.close();
  });

  it("pages through streams forwards and backwards, from a revision and up to maxCount", async () => {
    const store = openSqliteEventStore({ file: freshFile(), pageSize: 3 });
    await store.appendToStream(
      "agreement-p",
      Array.from({ length: 10 }, (_, i) => testEvent(`p-${i}`, { i })),
      "no-stream",
    );
    await store.appendToStream("agreement-q", [testEvent("q")], "no-stream");
    const revisions = async (options: Parameters<typeof store.readStream>[1]) =>
      (await collect(store.readStream("agreement-p", options))).map((e) => Number(e.revision));
    expect(await revisions({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await revisions({ from: 4n, maxCount: 4 })).toEqual([4, 5, 6, 7]);
    expect(await revisions({ direction: "backwards" })).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(await revisions({ direction: "backwards", from: 5n, maxCount: 4 })).toEqual([5, 4, 3, 2]);
    expect(await revisions({ maxCount: 0 })).toEqual([]);
    expect((await collect(store.readAll({ fromPosition: 9n }))).map((e) => e.streamId)).toEqual([
      "agreement-p",
      "agreement-q",
    ]);
    expect(await collect(store.readStream("agreement-none"))).toEqual([]);
    await store.close();
  });

  it("lets a subscription catch up, then delivers in-process appends and another connection's by polling", async () => {
    const file = freshFile();
    const store = openSqliteEventStore({ file, pollIntervalMs: 20 });
    await store.appendToStream("agreement-s", [testEvent("s0"), testEvent("s0")], "no-stream");
    const seen: bigint[] = [];
    const caughtUp: (bigint | undefined)[] = [];
    let waiting: { count: number; resolve: () => void } | undefined;
    const reached = (count: number) =>
      new Promise<void>((resolve) => {
        if (seen.length >= count) resolve();
        else waiting = { count, resolve };
      });
    const subscription = store.subscribeToAll(1n, {
      onEvent: (e) => {
        seen.push(e.globalPosition);
        if (waiting && seen.length >= waiting.count) waiting.resolve();
      },
      onCaughtUp: (p) => caughtUp.push(p),
    });
    await reached(1);
    await store.appendToStream("agreement-s", [testEvent("s1")], 1n);
    await reached(2);
    const other = openSqliteEventStore({ file });
    await other.appendToStream("agreement-t", [testEvent("t1")], "no-stream");
    await reached(3);
    await subscription.stop();
    await other.close();
    await store.close();
    expect(seen).toEqual([1n, 2n, 3n]);
    expect(caughtUp[0]).toBe(1n);
  });
});
