import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cell } from "@grant-ledger/core";
import { type RecordedEvent, createInMemoryEventStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { appendGenerated } from "../../test/generatedStore";
import { historyOf } from "../cellHistory/query";
import { type ViewEvent, viewEventOf } from "../event/viewEvent";
import { reallocationsOf } from "../reallocations/reallocationRegister";
import { type ViewRows, foldOf } from "../rows/rows";
import { tableOf } from "./sqliteViewTables";
import { ALL_VIEWS, storeViews } from "./storeViews";

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-views-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of a view's table as stored, in key order. */
const dumpTable = (db: import("better-sqlite3").Database, view: string): string[] =>
  (
    db
      .prepare(`SELECT agreement_id, grp, key, row FROM ${tableOf(view)} ORDER BY agreement_id, grp, key`)
      .raw()
      .all() as string[][]
  ).map((r) => r.join("\t"));

/** The rows of a pure fold, in the same form. */
const dumpFold = (rows: ViewRows): string[] =>
  [...rows.entries()]
    .flatMap(([agreement, groups]) =>
      [...groups.entries()].flatMap(([group, keyed]) =>
        [...keyed.entries()].map(([key, row]) => [agreement, group, key, JSON.stringify(row)].join("\t")),
      ),
    )
    .sort();

const foldStore = async (events: AsyncIterable<RecordedEvent>) => {
  const recorded: RecordedEvent[] = [];
  for await (const e of events) recorded.push(e);
  return ALL_VIEWS.map((view) => {
    const fold = foldOf(view);
    let state = fold.initialState;
    for (const e of recorded) {
      const ve = viewEventOf(e);
      if (ve !== undefined) state = fold.evolve(state, ve);
    }
    return dumpFold(state);
  });
};

describe("views kept in SQLite", () => {
  it("rebuilt from scratch, hold byte for byte the rows incremental upkeep wrote (over 10,000 events)", async () => {
    const store = openSqliteEventStore({ file: join(dir, "views.db") });
    try {
      const views = storeViews(store, { batchSize: 97 });
      // One decided history in four streams: deciding it is the slow part, upkeep is what is tested.
      await appendGenerated(store, { streams: 1, eventsPerStream: 2600, prefix: "a" });
      await views.upkeep.catchUp();
      // Live upkeep while two more agreements arrive.
      let caughtUp: () => void = () => undefined;
      const live = views.upkeep.start({ onCaughtUp: () => caughtUp() });
      await appendGenerated(store, { streams: 1, eventsPerStream: 2600, prefix: "b" });
      await appendGenerated(store, { streams: 1, eventsPerStream: 2600, prefix: "c" });
      const head = (await store.headPosition()) ?? 0n;
      while (views.tables.position("cell_history") <= head)
        await new Promise<void>((resolve) => {
          caughtUp = resolve;
          setTimeout(resolve, 200);
        });
      await live.stop();
      await appendGenerated(store, { streams: 1, eventsPerStream: 2600, prefix: "d" });
      await views.upkeep.catchUp();
      const total = Number(((await store.headPosition()) ?? 0n) + 1n);
      expect(total).toBeGreaterThanOrEqual(10_000);
      for (const v of ALL_VIEWS) expect(views.tables.position(v.name)).toBe(BigInt(total));

      const incremental = ALL_VIEWS.map((v) => dumpTable(store.database, v.name));
      const rebuilt = await views.upkeep.rebuild();
      expect(rebuilt.processed).toBe(total);
      const fromScratch = ALL_VIEWS.map((v) => dumpTable(store.database, v.name));
      expect(incremental.map((rows) => rows.length)).toEqual(fromScratch.map((rows) => rows.length));
      for (let i = 0; i < ALL_VIEWS.length; i++) expect(fromScratch[i]).toEqual(incremental[i]);
      expect(incremental.every((rows) => rows.length > 0)).toBe(true);
      // Pages read from the table are slices of the whole, as in memory.
      const history = views.source(ALL_VIEWS.find((v) => v.name === "cell_history")!);
      const velden = cell("6", "OBW", "Velden");
      const whole = historyOf(history, "a-generated-0", velden);
      expect(whole.length).toBeGreaterThan(1000);
      expect(historyOf(history, "a-generated-0", velden, { limit: 50 })).toEqual(whole.slice(-50));
      const before = whole[500]?.revision as number;
      const older = whole.filter((r) => (r.revision as number) < before).slice(-20);
      expect(historyOf(history, "a-generated-0", velden, { beforeRevision: before, limit: 20 })).toEqual(
        older,
      );
      const register = views.source(ALL_VIEWS.find((v) => v.name === "reallocation_register")!);
      const all = reallocationsOf(register, "a-generated-0") ?? [];
      expect(reallocationsOf(register, "a-generated-0", { limit: 10 })).toEqual(all.slice(-10));
      // And the pure folds hold the same rows.
      expect(await foldStore(store.readAll())).toEqual(fromScratch.map((rows) => [...rows].sort()));
    } finally {
      await store.close();
    }
  }, 300_000);

  it("catches up only what was appended since, and a view of another version is rebuilt", async () => {
    const store = openSqliteEventStore({ file: join(dir, "resume.db") });
    try {
      await appendGenerated(store, { streams: 1, eventsPerStream: 200, seed: 0 });
      const first = storeViews(store);
      expect((await first.upkeep.catchUp()).processed).toBeGreaterThanOrEqual(200);
      expect((await storeViews(store).upkeep.catchUp()).processed).toBe(0);
      await appendGenerated(store, { streams: 1, eventsPerStream: 30, seed: 7, prefix: "more" });
      const again = await storeViews(store).upkeep.catchUp();
      expect(again.processed).toBeGreaterThanOrEqual(30);
      expect(again.processed).toBeLessThan(60);
      const bumped = ALL_VIEWS.map((v) => (v.name === "realisation" ? { ...v, version: v.version + 1 } : v));
      const upgraded = storeViews(store, { views: bumped });
      expect(upgraded.tables.position("realisation")).toBe(0n);
      expect(upgraded.tables.position("cell_history")).toBeGreaterThan(0n);
      expect((await upgraded.upkeep.catchUp()).processed).toBeGreaterThanOrEqual(230);
    } finally {
      await store.close();
    }
  });
});

describe("live upkeep", () => {
  it("applies the appends of several wake-ups in one batch, at most liveDelayMs after the first", async () => {
    // The histories are generated (decided) once and cached: not while the delay runs.
    await appendGenerated(createInMemoryEventStore(), { streams: 1, eventsPerStream: 40, seed: 1 });
    await appendGenerated(createInMemoryEventStore(), {
      streams: 1,
      eventsPerStream: 40,
      seed: 2,
      prefix: "second",
    });
    const store = createInMemoryEventStore();
    const views = storeViews(store, { liveDelayMs: 200 });
    const positions: bigint[] = [];
    let caughtUp: () => void = () => undefined;
    const applied = new Promise<void>((resolve) => {
      caughtUp = resolve;
    });
    const live = views.upkeep.start({
      onCaughtUp: () => {
        positions.push(views.tables.position("cell_history"));
        caughtUp();
      },
    });
    await appendGenerated(store, { streams: 1, eventsPerStream: 40, seed: 1 });
    await appendGenerated(store, { streams: 1, eventsPerStream: 40, seed: 2, prefix: "second" });
    expect(views.tables.position("cell_history")).toBe(0n);
    await applied;
    await live.stop();
    // Both appends in the first batch.
    expect(positions).toEqual([((await store.headPosition()) ?? 0n) + 1n]);
  });

  it("stops applying at the first failed batch and says so: to onError, or from stop()", async () => {
    const failing = {
      name: "failing",
      version: 1,
      step: (e: ViewEvent) => {
        if (e.revision === 5) throw new Error("view failed");
        return [];
      },
    };
    for (const withHandler of [true, false]) {
      const store = createInMemoryEventStore();
      const views = storeViews(store, { views: [failing], liveDelayMs: 0 });
      const errors: unknown[] = [];
      let failed: () => void = () => undefined;
      const failure = new Promise<void>((resolve) => {
        failed = resolve;
      });
      const live = views.upkeep.start(
        withHandler
          ? {
              onError: (e) => {
                errors.push(e);
                failed();
              },
            }
          : {},
      );
      await appendGenerated(store, { streams: 1, eventsPerStream: 40, seed: 1 });
      if (withHandler) {
        await failure;
        await appendGenerated(store, { streams: 1, eventsPerStream: 40, seed: 2, prefix: "later" });
        await live.stop();
        expect(errors).toEqual([new Error("view failed")]);
      } else {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await expect(live.stop()).rejects.toThrow("view failed");
      }
      expect(views.tables.position("failing")).toBe(0n);
    }
  });
});

describe("views kept in memory", () => {
  it("for a memory store, follow appends and answer like the pure fold", async () => {
    const store = createInMemoryEventStore();
    await appendGenerated(store, { streams: 2, eventsPerStream: 300, seed: 0 });
    const views = storeViews(store, { batchSize: 50 });
    await views.upkeep.catchUp();
    await appendGenerated(store, { streams: 1, eventsPerStream: 100, seed: 5, prefix: "late" });
    await storeViews(store).upkeep.catchUp();
    const register = ALL_VIEWS.find((v) => v.name === "reallocation_register");
    const fold = foldOf(register!);
    let state = fold.initialState;
    for await (const e of store.readAll()) {
      const ve = viewEventOf(e);
      if (ve !== undefined) state = fold.evolve(state, ve);
    }
    const kept = reallocationsOf(views.source(register!), "late-generated-5");
    expect(kept?.length).toBeGreaterThan(10);
    const { memoryRowSource } = await import("../rows/rows");
    expect(kept).toEqual(reallocationsOf(memoryRowSource(state), "late-generated-5"));
  });
});
