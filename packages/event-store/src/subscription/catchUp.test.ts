import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { RecordedEvent } from "../port";
import { aBatch, collector, unwrap } from "../testing/fixtures";
import { createCatchUpSubscription, pollEvery } from "./catchUp";

describe("catch-up subscription", () => {
  it("ends with onError when a handler throws, and delivers nothing more", async () => {
    const store = createInMemoryEventStore();
    unwrap(await store.appendToStream("agreement-1", aBatch(3), "no-stream"));
    const seen: bigint[] = [];
    const failure = new Promise<unknown>((resolve) => {
      store.subscribeToAll(0n, {
        onEvent: (event) => {
          seen.push(event.revision);
          if (event.revision === 1n) throw new Error("projection failed");
        },
        onError: resolve,
      });
    });
    expect(await failure).toEqual(new Error("projection failed"));
    unwrap(await store.appendToStream("agreement-1", aBatch(1), 2n));
    expect(seen).toEqual([0n, 1n]);
  });

  it("can be stopped from inside its own handler", async () => {
    const store = createInMemoryEventStore();
    unwrap(await store.appendToStream("agreement-1", aBatch(5), "no-stream"));
    const seen: RecordedEvent[] = [];
    await new Promise<void>((resolve) => {
      const subscription = store.subscribeToAll(0n, {
        onEvent: async (event) => {
          seen.push(event);
          if (seen.length === 2) {
            await subscription.stop();
            resolve();
          }
        },
      });
    });
    unwrap(await store.appendToStream("agreement-1", aBatch(1), 4n));
    expect(seen.map((e) => e.revision)).toEqual([0n, 1n]);
  });

  it("finds appends by polling when no signal is available", async () => {
    const store = createInMemoryEventStore();
    const seen = collector();
    const subscription = createCatchUpSubscription(
      { readAll: store.readAll, waitForAppend: pollEvery(5) },
      0n,
      seen,
    );
    await seen.waitForCaughtUp();
    unwrap(await store.appendToStream("agreement-1", aBatch(2), "no-stream"));
    await seen.waitFor(2);
    await subscription.stop();
    expect(seen.events.map((e) => e.revision)).toEqual([0n, 1n]);
  });
});
