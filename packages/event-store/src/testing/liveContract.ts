import { isRight } from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { verifyStore } from "../chain/verify";
import { type WithStore, aBatch, collect, collector, newStreamId, unwrap } from "./fixtures";

export const describeLiveContract = (withStore: WithStore, concurrentAppends: number): void => {
  describe("subscribeToAll", () => {
    it(
      "delivers stored events from a position, reports caught up, then delivers live events in order",
      withStore(async (store) => {
        const streamId = newStreamId();
        const stored = unwrap(await store.appendToStream(streamId, aBatch(4), "no-stream"));
        const from = stored.events[1]!.globalPosition;
        const seen = collector();
        const subscription = store.subscribeToAll(from, seen);
        try {
          await seen.waitForCaughtUp();
          expect(seen.events.filter((e) => e.streamId === streamId)).toEqual(stored.events.slice(1));
          const other = newStreamId("other");
          const live = [
            ...unwrap(await store.appendToStream(other, aBatch(2), "no-stream")).events,
            ...unwrap(await store.appendToStream(streamId, aBatch(1), 3n)).events,
            ...unwrap(await store.appendToStream(other, aBatch(1), 1n)).events,
          ];
          await seen.waitFor(3 + live.length);
          expect(seen.events.slice(3)).toEqual(live);
          const positions = seen.events.map((e) => e.globalPosition);
          expect(positions).toEqual(positions.map((_, i) => from + BigInt(i)));
        } finally {
          await subscription.stop();
        }
      }),
    );

    it(
      "delivers nothing after stop",
      withStore(async (store) => {
        const streamId = newStreamId();
        const stored = unwrap(await store.appendToStream(streamId, aBatch(1), "no-stream"));
        const seen = collector();
        const subscription = store.subscribeToAll(stored.lastGlobalPosition, seen);
        await seen.waitForCaughtUp();
        await subscription.stop();
        unwrap(await store.appendToStream(streamId, aBatch(2), 0n));
        // A second subscription proves the append was observable; the stopped one saw none of it.
        const after = collector();
        const check = store.subscribeToAll(stored.lastGlobalPosition, after);
        await after.waitFor(3);
        await check.stop();
        expect(seen.events).toEqual(stored.events);
      }),
    );

    it(
      "awaits the handler before delivering the next event",
      withStore(async (store) => {
        const streamId = newStreamId();
        const stored = unwrap(await store.appendToStream(streamId, aBatch(5), "no-stream"));
        let inHandler = 0;
        let overlapped = false;
        const seen = collector();
        const subscription = store.subscribeToAll(stored.events[0]!.globalPosition, {
          onEvent: async (event) => {
            inHandler++;
            if (inHandler > 1) overlapped = true;
            await new Promise<void>((resolve) => setImmediate(resolve));
            inHandler--;
            seen.onEvent(event);
          },
        });
        await seen.waitFor(5);
        await subscription.stop();
        expect(overlapped).toBe(false);
        expect(seen.events.slice(0, 5)).toEqual(stored.events);
      }),
    );
  });

  describe("concurrency", () => {
    it(
      `lets exactly one of ${concurrentAppends} concurrent appends at one revision win`,
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(1), "no-stream"));
        const results = await Promise.all(
          Array.from({ length: concurrentAppends }, () => store.appendToStream(streamId, aBatch(2), 0n)),
        );
        const winners = results.filter(isRight);
        expect(winners.length).toBe(1);
        for (const result of results) {
          if (result._tag === "Left") {
            expect(result.left).toEqual({
              _tag: "WrongExpectedRevision",
              streamId,
              expected: 0n,
              actual: 2n,
            });
          }
        }
        const read = await collect(store.readStream(streamId));
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(read.slice(1)).toEqual(winners[0]?.right.events);
      }),
    );

    it(
      `loses and duplicates nothing when ${concurrentAppends} streams are appended at once`,
      withStore(async (store) => {
        const streams = Array.from({ length: concurrentAppends }, (_, i) => newStreamId(`s${i}`));
        const results = await Promise.all(
          streams.map((s) => store.appendToStream(s, aBatch(3), "no-stream")),
        );
        const recorded = results.map(unwrap).flatMap((r) => r.events);
        const positions = recorded.map((e) => e.globalPosition).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(positions).toEqual(positions.map((_, i) => positions[0]! + BigInt(i)));
        const read = await collect(store.readAll({ fromPosition: positions[0]! }));
        const ours = read.filter((e) => streams.includes(e.streamId));
        expect(ours.length).toBe(concurrentAppends * 3);
        for (const streamId of streams) {
          expect(ours.filter((e) => e.streamId === streamId).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        }
      }),
    );

    it(
      "keeps a retried command idempotent when the retries race",
      withStore(async (store) => {
        const streamId = newStreamId();
        const batch = aBatch(2);
        const results = (
          await Promise.all(
            Array.from({ length: 5 }, () => store.appendToStream(streamId, batch, "no-stream")),
          )
        ).map(unwrap);
        expect(results.filter((r) => !r.idempotentReplay).length).toBe(1);
        for (const r of results) expect(r.events).toEqual(results[0]?.events);
        expect((await collect(store.readStream(streamId))).length).toBe(2);
      }),
    );
  });

  describe("hash chain", () => {
    it(
      "verifies intact after appends to several streams",
      withStore(async (store) => {
        const a = newStreamId("a");
        const b = newStreamId("b");
        unwrap(await store.appendToStream(a, aBatch(3), "no-stream"));
        unwrap(await store.appendToStream(b, aBatch(2), "no-stream"));
        unwrap(await store.appendToStream(a, aBatch(2), 2n));
        const stream = await verifyStore(store, { streamId: a });
        expect(stream).toEqual({
          _tag: "Right",
          right: expect.objectContaining({ eventsChecked: 5, streamsChecked: 1 }),
        });
        const all = await verifyStore(store);
        expect(isRight(all)).toBe(true);
      }),
    );
  });
};
