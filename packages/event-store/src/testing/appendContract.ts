import { describe, expect, it } from "vitest";
import { chainHash } from "../chain/chainHash";
import { GENESIS_HASH } from "../port";
import {
  type WithStore,
  aBatch,
  anEvent,
  asAppended,
  collect,
  newCommandId,
  newStreamId,
  unwrap,
  unwrapLeft,
} from "./fixtures";

export const describeAppendContract = (withStore: WithStore): void => {
  describe("appendToStream", () => {
    it(
      "starts a stream at revision 0 with no-stream and returns what it recorded",
      withStore(async (store) => {
        const streamId = newStreamId();
        const events = [
          anEvent("LedgerOpened", {
            ledgerId: "l-1",
            year: 2007,
            title: "Uitvoeringsovereenkomst € 854.788",
          }),
          anEvent("LedgerAdjusted", {
            round: 1,
            cells: [{ cell: "6/OBW/Velden", units: "19.130" }],
            ok: true,
            none: null,
          }),
        ];
        const result = unwrap(await store.appendToStream(streamId, events, "no-stream"));
        expect(result.idempotentReplay).toBe(false);
        expect(result.nextExpectedRevision).toBe(1n);
        expect(result.events.map((e) => e.revision)).toEqual([0n, 1n]);
        expect(result.events.map(asAppended)).toEqual(events);
        expect(result.events.every((e) => e.streamId === streamId)).toBe(true);
        expect(result.lastGlobalPosition).toBe(result.events[1]?.globalPosition);
        expect(await collect(store.readStream(streamId))).toEqual(result.events);
      }),
    );

    it(
      "refuses no-stream on an existing stream with the expected and actual revision",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(3), "no-stream"));
        const conflict = unwrapLeft(await store.appendToStream(streamId, aBatch(1), "no-stream"));
        expect(conflict).toEqual({
          _tag: "WrongExpectedRevision",
          streamId,
          expected: "no-stream",
          actual: 2n,
        });
      }),
    );

    it(
      "appends with exists only to a stream that exists",
      withStore(async (store) => {
        const streamId = newStreamId();
        const conflict = unwrapLeft(await store.appendToStream(streamId, aBatch(1), "exists"));
        expect(conflict).toEqual({
          _tag: "WrongExpectedRevision",
          streamId,
          expected: "exists",
          actual: "no-stream",
        });
        expect(await collect(store.readStream(streamId))).toEqual([]);
        unwrap(await store.appendToStream(streamId, aBatch(1), "no-stream"));
        const result = unwrap(await store.appendToStream(streamId, aBatch(2), "exists"));
        expect(result.events.map((e) => e.revision)).toEqual([1n, 2n]);
      }),
    );

    it(
      "appends with any whether or not the stream exists",
      withStore(async (store) => {
        const streamId = newStreamId();
        expect(unwrap(await store.appendToStream(streamId, aBatch(1), "any")).nextExpectedRevision).toBe(0n);
        expect(unwrap(await store.appendToStream(streamId, aBatch(1), "any")).nextExpectedRevision).toBe(1n);
      }),
    );

    it(
      "appends at an exact revision and refuses a stale one with both revisions",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(2), "no-stream"));
        const result = unwrap(await store.appendToStream(streamId, aBatch(1), 1n));
        expect(result.nextExpectedRevision).toBe(2n);
        const stale = unwrapLeft(await store.appendToStream(streamId, aBatch(1), 1n));
        expect(stale).toEqual({ _tag: "WrongExpectedRevision", streamId, expected: 1n, actual: 2n });
        const ahead = unwrapLeft(await store.appendToStream(streamId, aBatch(1), 7n));
        expect(ahead).toEqual({ _tag: "WrongExpectedRevision", streamId, expected: 7n, actual: 2n });
        const missing = newStreamId();
        const onMissing = unwrapLeft(await store.appendToStream(missing, aBatch(1), 0n));
        expect(onMissing).toEqual({
          _tag: "WrongExpectedRevision",
          streamId: missing,
          expected: 0n,
          actual: "no-stream",
        });
        expect((await collect(store.readStream(streamId))).length).toBe(3);
      }),
    );

    it(
      "numbers revisions from 0 without gaps and uses bigint throughout",
      withStore(async (store) => {
        const streamId = newStreamId();
        let expected: bigint | "no-stream" = "no-stream";
        for (const size of [1, 3, 2, 4]) {
          expected = unwrap(
            await store.appendToStream(streamId, aBatch(size), expected),
          ).nextExpectedRevision;
        }
        expect(expected).toBe(9n);
        const read = await collect(store.readStream(streamId));
        expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
        for (const event of read) {
          expect(typeof event.revision).toBe("bigint");
          expect(typeof event.globalPosition).toBe("bigint");
        }
      }),
    );

    it(
      "gives global positions from 0 without gaps, rising across streams",
      withStore(async (store) => {
        const a = newStreamId("a");
        const b = newStreamId("b");
        const c = newStreamId("c");
        const results = [];
        results.push(unwrap(await store.appendToStream(a, aBatch(2), "no-stream")));
        results.push(unwrap(await store.appendToStream(b, aBatch(1), "no-stream")));
        results.push(unwrap(await store.appendToStream(a, aBatch(3), 1n)));
        results.push(unwrap(await store.appendToStream(c, aBatch(2), "any")));
        const recorded = results.flatMap((r) => r.events);
        const first = recorded[0]!.globalPosition;
        expect(recorded.map((e) => e.globalPosition)).toEqual(recorded.map((_, i) => first + BigInt(i)));
        const [firstEver] = await collect(store.readAll({ maxCount: 1 }));
        expect(firstEver?.globalPosition).toBe(0n);
        const read = await collect(store.readAll({ fromPosition: first }));
        expect(read.slice(0, recorded.length)).toEqual(recorded);
        expect(read.slice(0, recorded.length).map((e) => e.streamId)).toEqual([a, a, b, a, a, a, c, c]);
      }),
    );

    it(
      "returns the original events for a retried command id and writes nothing",
      withStore(async (store) => {
        const streamId = newStreamId();
        const commandId = newCommandId();
        const original = unwrap(await store.appendToStream(streamId, aBatch(2, commandId), "no-stream"));
        const retry = unwrap(await store.appendToStream(streamId, aBatch(2, commandId), "no-stream"));
        expect(retry.idempotentReplay).toBe(true);
        expect(retry.events).toEqual(original.events);
        expect(retry.lastGlobalPosition).toBe(original.lastGlobalPosition);
        expect(retry.nextExpectedRevision).toBe(1n);
        // The stream moves on; a late retry still replays and reports where the stream now is.
        unwrap(await store.appendToStream(streamId, aBatch(1), 1n));
        const late = unwrap(await store.appendToStream(streamId, aBatch(2, commandId), 0n));
        expect(late.idempotentReplay).toBe(true);
        expect(late.events).toEqual(original.events);
        expect(late.nextExpectedRevision).toBe(2n);
        expect((await collect(store.readStream(streamId))).length).toBe(3);
        const all = await collect(store.readAll({ fromPosition: original.events[0]!.globalPosition }));
        expect(all.filter((e) => e.streamId === streamId).length).toBe(3);
      }),
    );

    it(
      "scopes command ids to their stream",
      withStore(async (store) => {
        const commandId = newCommandId();
        const first = unwrap(await store.appendToStream(newStreamId(), aBatch(1, commandId), "no-stream"));
        const other = unwrap(await store.appendToStream(newStreamId(), aBatch(1, commandId), "no-stream"));
        expect(other.idempotentReplay).toBe(false);
        expect(other.lastGlobalPosition).toBe(first.lastGlobalPosition + 1n);
      }),
    );

    it(
      "chains every event to the one before with chainHash",
      withStore(async (store) => {
        const streamId = newStreamId();
        unwrap(await store.appendToStream(streamId, aBatch(2), "no-stream"));
        unwrap(
          await store.appendToStream(
            streamId,
            [anEvent("ResultReported", { reach: 82, note: "groepen" })],
            1n,
          ),
        );
        const read = await collect(store.readStream(streamId));
        expect(read[0]?.previousHash).toBe(GENESIS_HASH);
        read.forEach((event, i) => {
          expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
          expect(event.hash).toBe(chainHash(event));
          if (i > 0) expect(event.previousHash).toBe(read[i - 1]?.hash);
        });
      }),
    );
  });
};
