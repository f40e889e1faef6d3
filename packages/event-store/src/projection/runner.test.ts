import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { RecordedEvent } from "../port";
import { aBatch, anEvent, unwrap, unwrapLeft } from "../testing/fixtures";
import { createInMemoryProjectionCheckpoints } from "./inMemoryCheckpoints";
import type { Projection, ProjectionCheckpointStore } from "./projection";
import { type LiveProjection, type ProjectionProgress, createProjectionRunner } from "./runner";
import { type StoreSummary, storeSummaryProjection } from "./storeSummary";

/** Records the order it saw events in, to prove order and exactly-once application. */
const trail: Projection<string[]> = {
  name: "trail",
  init: () => [],
  apply: (state, event) => [...state, `${event.streamId}@${event.revision}`],
  stateCodec: t.array(t.string),
};

const seeded = async (streams: number, perStream: number) => {
  const store = createInMemoryEventStore();
  for (let i = 0; i < streams; i++)
    unwrap(await store.appendToStream(`agreement-${i}`, aBatch(perStream), "no-stream"));
  return store;
};

const expectedTrail = (events: readonly RecordedEvent[]) => events.map((e) => `${e.streamId}@${e.revision}`);

describe("projection runner", () => {
  it("applies every event once, in global order, and saves state with its position", async () => {
    const store = await seeded(3, 4);
    const checkpoints = createInMemoryProjectionCheckpoints();
    const runner = createProjectionRunner({ store, checkpoints, projection: trail, saveEvery: 5 });
    const run = unwrap(await runner.catchUp());
    expect(run.state).toEqual(expectedTrail(store.records()));
    expect(run).toMatchObject({ position: 12n, processed: 12 });
    expect(await checkpoints.load("trail")).toEqual({ position: 12n, state: run.state });
    expect(checkpoints.saves()).toBe(3);
  });

  it("resumes from the stored checkpoint and applies only what is new", async () => {
    const store = await seeded(2, 3);
    const checkpoints = createInMemoryProjectionCheckpoints();
    const runner = createProjectionRunner({ store, checkpoints, projection: trail });
    unwrap(await runner.catchUp());
    unwrap(await store.appendToStream("agreement-0", aBatch(2), 2n));
    const again = unwrap(await runner.catchUp());
    expect(again.processed).toBe(2);
    expect(again.state).toEqual(expectedTrail(store.records()));
    expect(unwrap(await runner.catchUp()).processed).toBe(0);
  });

  it("keeps state and position consistent when a run stops half-way", async () => {
    const store = await seeded(4, 5);
    const checkpoints = createInMemoryProjectionCheckpoints();
    let failAt = 13;
    const fragile: Projection<string[]> = {
      ...trail,
      apply: (state, event) => {
        if (--failAt === 0) throw new Error("crash while projecting");
        return trail.apply(state, event);
      },
    };
    const runner = createProjectionRunner({ store, checkpoints, projection: fragile, saveEvery: 4 });
    await expect(runner.catchUp()).rejects.toThrow(/crash/);
    const saved = await checkpoints.load("trail");
    expect(saved?.position).toBe(12n);
    expect(saved?.state).toEqual(expectedTrail(store.records().slice(0, 12)));
    const resumed = unwrap(await runner.catchUp());
    expect(resumed.state).toEqual(expectedTrail(store.records()));
  });

  it("does not let later in-place updates leak into an earlier save", async () => {
    const store = await seeded(1, 6);
    const saved: { position: bigint; events: number }[] = [];
    const live: { current?: LiveProjection<StoreSummary> } = {};
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    // The first save is slow: while it is pending, two more events arrive and are applied.
    const slowCheckpoints: ProjectionCheckpointStore = {
      load: async () => undefined,
      clear: async () => undefined,
      save: async (_name, checkpoint) => {
        if (saved.length === 0) {
          unwrap(await store.appendToStream("agreement-0", aBatch(2), 5n));
          while (live.current?.position() !== 8n) await tick();
        }
        const state = checkpoint.state as { eventsByType: { UnitsReported: number } };
        saved.push({ position: checkpoint.position, events: state.eventsByType.UnitsReported });
      },
    };
    const runner = createProjectionRunner({
      store,
      checkpoints: slowCheckpoints,
      projection: storeSummaryProjection,
    });
    const started = unwrap(await runner.start());
    live.current = started;
    while (saved.length === 0) await tick();
    await started.stop();
    expect(saved.map((s) => [s.position, BigInt(s.events)])).toEqual([
      [6n, 6n],
      [8n, 8n],
    ]);
  });

  it("rebuilds from scratch, reporting progress with the total", async () => {
    const store = await seeded(5, 10);
    const checkpoints = createInMemoryProjectionCheckpoints();
    await checkpoints.save("store-summary", {
      position: 50n,
      state: { events: 999, streams: 1, eventsByType: {} },
    });
    const progress: ProjectionProgress[] = [];
    const runner = createProjectionRunner({
      store,
      checkpoints,
      projection: storeSummaryProjection,
      progressEvery: 20,
    });
    const run = await runner.rebuild({ onProgress: (p) => progress.push(p) });
    expect(run.state).toEqual({ events: 50, streams: 5, eventsByType: { UnitsReported: 50 } });
    expect(progress.map((p) => [p.processed, p.total])).toEqual([
      [0, 50],
      [20, 50],
      [40, 50],
      [50, 50],
    ]);
    expect((await checkpoints.load("store-summary"))?.position).toBe(50n);
  });

  it("rebuilds an empty store to the initial state", async () => {
    const checkpoints = createInMemoryProjectionCheckpoints();
    const runner = createProjectionRunner({
      store: createInMemoryEventStore(),
      checkpoints,
      projection: storeSummaryProjection,
    });
    const run = await runner.rebuild();
    expect(run).toEqual({ state: { events: 0, streams: 0, eventsByType: {} }, position: 0n, processed: 0 });
    expect(await checkpoints.load("store-summary")).toEqual({ position: 0n, state: run.state });
  });

  it("refuses to resume from a saved state that no longer decodes", async () => {
    const checkpoints = createInMemoryProjectionCheckpoints();
    await checkpoints.save("store-summary", { position: 3n, state: { events: "three" } });
    const runner = createProjectionRunner({
      store: createInMemoryEventStore(),
      checkpoints,
      projection: storeSummaryProjection,
    });
    const error = unwrapLeft(await runner.catchUp());
    expect(error._tag).toBe("StoredStateInvalid");
    expect(error.message).toMatch(/events.*"three".*rebuild/);
  });

  it("follows live appends after catching up", async () => {
    const store = await seeded(2, 2);
    const checkpoints = createInMemoryProjectionCheckpoints();
    const runner = createProjectionRunner({ store, checkpoints, projection: trail, saveEvery: 100 });
    let caughtUp = 0;
    let wake: () => void = () => undefined;
    const live = unwrap(
      await runner.start({
        onCaughtUp: () => {
          caughtUp++;
          wake();
        },
      }),
    );
    const waitCaughtUp = (n: number) =>
      new Promise<void>((resolve) => {
        wake = () => caughtUp >= n && resolve();
        wake();
      });
    await waitCaughtUp(1);
    expect(live.state()).toEqual(expectedTrail(store.records()));
    unwrap(await store.appendToStream("agreement-9", [anEvent("AgreementProposed")], "no-stream"));
    await waitCaughtUp(2);
    expect(live.state()).toEqual(expectedTrail(store.records()));
    await live.stop();
    expect(await checkpoints.load("trail")).toEqual({ position: 5n, state: expectedTrail(store.records()) });
    expect(E.isRight(await runner.catchUp())).toBe(true);
  });
});
