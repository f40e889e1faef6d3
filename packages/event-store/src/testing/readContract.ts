import { describe, expect, it } from "vitest";
import { type WithStore, aBatch, collect, newStreamId, unwrap } from "./fixtures";

export const describeReadContract = (withStore: WithStore, largeStreamSize: number): void => {
  describe("readStream and readAll", () => {
    it(
      "reads a stream forwards from a revision, with a maximum count",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(6), "no-stream"));
        const revisions = async (options: Parameters<typeof store.readStream>[1]) =>
          (await collect(store.readStream(streamId, options))).map((e) => e.revision);
        expect(await revisions({})).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
        expect(await revisions({ from: 2n })).toEqual([2n, 3n, 4n, 5n]);
        expect(await revisions({ from: 2n, maxCount: 2 })).toEqual([2n, 3n]);
        expect(await revisions({ maxCount: 1 })).toEqual([0n]);
        expect(await revisions({ from: 6n })).toEqual([]);
      }),
    );

    it(
      "reads a stream backwards from the end or from a revision",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(5), "no-stream"));
        const revisions = async (options: Parameters<typeof store.readStream>[1]) =>
          (await collect(store.readStream(streamId, options))).map((e) => e.revision);
        expect(await revisions({ direction: "backwards" })).toEqual([4n, 3n, 2n, 1n, 0n]);
        expect(await revisions({ direction: "backwards", maxCount: 1 })).toEqual([4n]);
        expect(await revisions({ direction: "backwards", from: 2n })).toEqual([2n, 1n, 0n]);
        expect(await revisions({ direction: "backwards", from: 3n, maxCount: 2 })).toEqual([3n, 2n]);
        expect(await revisions({ direction: "forwards", from: 3n })).toEqual([3n, 4n]);
      }),
    );

    it(
      "reads a stream up to a revision (inclusive), in either direction",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(6), "no-stream"));
        const revisions = async (options: Parameters<typeof store.readStream>[1]) =>
          (await collect(store.readStream(streamId, options))).map((e) => e.revision);
        expect(await revisions({ to: 2n })).toEqual([0n, 1n, 2n]);
        expect(await revisions({ from: 1n, to: 3n })).toEqual([1n, 2n, 3n]);
        expect(await revisions({ from: 1n, to: 4n, maxCount: 2 })).toEqual([1n, 2n]);
        expect(await revisions({ to: 0n })).toEqual([0n]);
        expect(await revisions({ from: 3n, to: 2n })).toEqual([]);
        expect(await revisions({ from: 4n, to: 99n })).toEqual([4n, 5n]);
        expect(await revisions({ direction: "backwards", to: 3n })).toEqual([5n, 4n, 3n]);
        expect(await revisions({ direction: "backwards", from: 4n, to: 2n })).toEqual([4n, 3n, 2n]);
        expect(await revisions({ direction: "backwards", from: 1n, to: 2n })).toEqual([]);
      }),
    );

    it(
      "reads a stream that does not exist as empty",
      withStore(async (store) => {
        const streamId = newStreamId("missing");
        expect(await collect(store.readStream(streamId))).toEqual([]);
        expect(await collect(store.readStream(streamId, { direction: "backwards" }))).toEqual([]);
        expect(await collect(store.readStream(streamId, { from: 3n, maxCount: 5 }))).toEqual([]);
      }),
    );

    it(
      "reads all events from a global position, with a maximum count",
      withStore(async (store) => {
        const a = newStreamId("a");
        const b = newStreamId("b");
        const first = unwrap(await store.appendToStream(a, aBatch(2), "no-stream"));
        unwrap(await store.appendToStream(b, aBatch(2), "no-stream"));
        unwrap(await store.appendToStream(a, aBatch(1), 1n));
        const start = first.events[0]!.globalPosition;
        const all = await collect(store.readAll({ fromPosition: start }));
        expect(all.map((e) => e.globalPosition)).toEqual([0, 1, 2, 3, 4].map((i) => start + BigInt(i)));
        expect(all.map((e) => [e.streamId, e.revision])).toEqual([
          [a, 0n],
          [a, 1n],
          [b, 0n],
          [b, 1n],
          [a, 2n],
        ]);
        const fromThird = await collect(store.readAll({ fromPosition: start + 2n, maxCount: 2 }));
        expect(fromThird).toEqual(all.slice(2, 4));
        expect(await collect(store.readAll({ fromPosition: start + 5n }))).toEqual([]);
        const everything = await collect(store.readAll());
        expect(everything.slice(-5)).toEqual(all);
      }),
    );

    it(
      `streams a large stream (${largeStreamSize} events) in order across pages`,
      withStore(async (store) => {
        const streamId = newStreamId("large");
        let expected: bigint | "no-stream" = "no-stream";
        for (let written = 0; written < largeStreamSize; written += 250) {
          const size = Math.min(250, largeStreamSize - written);
          expected = unwrap(
            await store.appendToStream(streamId, aBatch(size), expected),
          ).nextExpectedRevision;
        }
        let next = 0n;
        for await (const event of store.readStream(streamId)) {
          expect(event.revision).toBe(next);
          next++;
        }
        expect(next).toBe(BigInt(largeStreamSize));
        let back = BigInt(largeStreamSize);
        for await (const event of store.readStream(streamId, { direction: "backwards" })) {
          back--;
          expect(event.revision).toBe(back);
        }
        expect(back).toBe(0n);
        // Leaving a read early must be possible without reading the rest.
        let seen = 0;
        for await (const event of store.readStream(streamId, { from: 100n })) {
          expect(event.revision).toBe(100n + BigInt(seen));
          if (++seen === 3) break;
        }
        expect(seen).toBe(3);
        let all = 0;
        for await (const event of store.readAll()) {
          if (event.streamId === streamId) all++;
        }
        expect(all).toBe(largeStreamSize);
      }),
    );
  });
};
