import type { RecordedEvent } from "@grant-ledger/event-store";
import { aBatch, collect, collector, newStreamId } from "@grant-ledger/event-store/testing";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./harness";

const unwrap = <R>(either: { _tag: "Left"; left: unknown } | { _tag: "Right"; right: R }): R => {
  if (either._tag === "Left") throw new Error(`unexpected Left ${String(either.left)}`);
  return either.right;
};

describe("subscribeToAll on EventStoreDB", () => {
  const testServer = useTestServer();

  it("resubscribes after the server drops the subscription mid-way and loses or repeats nothing", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    const stored = unwrap(await store.appendToStream(streamId, aBatch(10), "no-stream")).events;
    // The first subscription drops after 4 events, the second after 3 more.
    server.dropNextSubscriptionsAfter(4);
    server.dropNextSubscriptionsAfter(3);
    const seen = collector();
    const subscription = store.subscribeToAll(0n, seen);
    await seen.waitFor(10);
    await seen.waitForCaughtUp();
    const live = unwrap(await store.appendToStream(streamId, aBatch(3), 9n)).events;
    await seen.waitFor(13);
    await subscription.stop();
    expect(seen.events).toEqual([...stored, ...live]);
    expect(seen.events.map((e) => e.globalPosition)).toEqual(seen.events.map((_, i) => BigInt(i)));
    expect(server.subscriptionsOpened()).toBe(3);
  });

  it("resubscribes when a live subscription drops, from the last event handled", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    unwrap(await store.appendToStream(streamId, aBatch(2), "no-stream"));
    const seen = collector();
    const subscription = store.subscribeToAll(1n, seen);
    await seen.waitForCaughtUp();
    server.dropAllSubscriptions();
    const written = unwrap(await store.appendToStream(streamId, aBatch(2), 1n)).events;
    await seen.waitFor(3);
    await subscription.stop();
    expect(seen.events.map((e) => e.revision)).toEqual([1n, 2n, 3n]);
    expect(seen.events.slice(1)).toEqual(written);
    expect(server.subscriptionsOpened()).toBe(2);
  });

  it("gives up after the bounded number of consecutive failed attempts and reports the error once", async () => {
    const { server, store } = await testServer();
    unwrap(await store.appendToStream(newStreamId(), aBatch(1), "no-stream"));
    server.dropNextSubscriptionsAfter(0, 20);
    const errors: unknown[] = [];
    const finished = new Promise<void>((resolve) => {
      store.subscribeToAll(0n, {
        onEvent: () => undefined,
        onError: (error) => {
          errors.push(error);
          resolve();
        },
      });
    });
    await finished;
    expect(errors).toHaveLength(1);
    // maxAttempts is 4 in the harness: the first try and four retries.
    expect(server.subscriptionsOpened()).toBe(5);
  });

  it("ends with onError, without resubscribing, when the handler throws", async () => {
    const { server, store } = await testServer();
    unwrap(await store.appendToStream(newStreamId(), aBatch(2), "no-stream"));
    const failure = new Error("projection broke");
    const reported = await new Promise<unknown>((resolve) => {
      store.subscribeToAll(0n, {
        onEvent: () => {
          throw failure;
        },
        onError: resolve,
      });
    });
    expect(reported).toBe(failure);
    expect(server.subscriptionsOpened()).toBe(1);
  });

  it("ends with onError when onCaughtUp throws", async () => {
    const { store } = await testServer();
    unwrap(await store.appendToStream(newStreamId(), aBatch(1), "no-stream"));
    const failure = new Error("progress display broke");
    const reported = await new Promise<unknown>((resolve) => {
      store.subscribeToAll(0n, {
        onEvent: () => undefined,
        onCaughtUp: () => {
          throw failure;
        },
        onError: resolve,
      });
    });
    expect(reported).toBe(failure);
  });

  it("starts from a position beyond the end and delivers from there once written", async () => {
    const { store } = await testServer();
    const streamId = newStreamId();
    unwrap(await store.appendToStream(streamId, aBatch(2), "no-stream"));
    const seen = collector();
    const subscription = store.subscribeToAll(3n, seen);
    await seen.waitForCaughtUp();
    expect(seen.events).toEqual([]);
    const written = unwrap(await store.appendToStream(streamId, aBatch(3), 1n)).events;
    await seen.waitFor(2);
    await subscription.stop();
    expect(seen.events).toEqual(written.slice(1));
    expect(seen.events.map((e: RecordedEvent) => e.globalPosition)).toEqual([3n, 4n]);
  });

  it("reports caught-up only after the stored events before it were handled", async () => {
    const { store } = await testServer();
    unwrap(await store.appendToStream(newStreamId(), aBatch(40), "no-stream"));
    const handledAtCaughtUp: number[] = [];
    let handled = 0;
    const done = new Promise<void>((resolve) => {
      const subscription = store.subscribeToAll(0n, {
        onEvent: async () => {
          await new Promise<void>((r) => setImmediate(r));
          handled++;
        },
        onCaughtUp: () => {
          handledAtCaughtUp.push(handled);
          void subscription.stop().then(resolve);
        },
      });
    });
    await done;
    expect(handledAtCaughtUp).toEqual([40]);
    expect(await collect(store.readAll())).toHaveLength(40);
  });
});
