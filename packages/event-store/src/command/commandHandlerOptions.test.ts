import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { EventStore } from "../port";
import { collect, unwrap, unwrapLeft } from "../testing/fixtures";
import { createCommandHandler } from "./commandHandler";
import { type CounterCommand, clock, counter, decode, encode } from "./testing/counter";

let ids = 0;
const open = (limit = 10, commandId = `o-${++ids}`): CounterCommand => ({
  type: "Open",
  id: "1",
  limit,
  metadata: { commandId },
});
const add = (amount: number, commandId = `a-${++ids}`): CounterCommand => ({
  type: "Add",
  id: "1",
  amount,
  metadata: { commandId },
});

const handlerOn = (
  store: Pick<EventStore, "appendToStream" | "readStream">,
  extra: { maxStreams?: number; maxAttempts?: number } = {},
) =>
  createCommandHandler({
    store,
    decider: counter,
    streamIdOf: (c: CounterCommand) => `counter-${c.id}`,
    encode,
    decode,
    clock,
    digestOf: (c) => JSON.stringify({ type: c.type, amount: c.type === "Add" ? c.amount : c.limit }),
    ...(extra.maxAttempts === undefined ? {} : { maxAttempts: extra.maxAttempts }),
    ...(extra.maxStreams === undefined ? {} : { stateCache: { maxStreams: extra.maxStreams } }),
  });

/** Every append waits a moment first, as a group commit does: concurrent commands overlap. */
const slowAppends = (store: EventStore): EventStore => ({
  ...store,
  appendToStream: async (streamId, events, expected) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    return store.appendToStream(streamId, events, expected);
  },
});

describe.each([
  ["without a state cache", undefined],
  ["with a state cache", 8],
])("command handler options %s", (_mode, maxStreams) => {
  const opts = maxStreams === undefined ? {} : { maxStreams };

  it("decides a batch in order, each on the state the one before left, and appends it at once", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    const done = unwrap(await handle([open(10), add(4), add(5)]));
    expect(done.state).toEqual({ open: true, limit: 10, total: 9 });
    expect(done.recorded.map((r) => r.revision)).toEqual([0n, 1n, 2n]);
    // One append: the three events share one global run and the store saw one call.
    expect(new Set(done.recorded.map((r) => r.metadata.recordedAt)).size).toBe(1);
  });

  it("writes nothing of a batch when one command in it is refused, and says which", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    expect(unwrapLeft(await handle([open(10), add(4), add(7)]))).toEqual({
      _tag: "DomainError",
      error: "LimitExceeded",
      commandIndex: 2,
    });
    expect(await collect(store.readStream("counter-1"))).toEqual([]);
  });

  it("refuses a batch across streams", async () => {
    const handle = handlerOn(createInMemoryEventStore(), opts);
    const other: CounterCommand = { ...add(1), id: "2" };
    expect(unwrapLeft(await handle([open(), other]))).toEqual({
      _tag: "MixedStreams",
      streamIds: ["counter-1", "counter-2"],
    });
    expect(unwrapLeft(await handle([]))).toEqual({ _tag: "EmptyBatch" });
  });

  it("holds to the caller's expected revision and never retries it", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    unwrap(await handle(open(), { expectedRevision: "no-stream" }));
    expect(unwrapLeft(await handle(add(1), { expectedRevision: "no-stream" }))).toEqual({
      _tag: "WrongExpectedRevision",
      streamId: "counter-1",
      expected: "no-stream",
      actual: 0n,
    });
    // Someone else writes: a decision made for revision 0 no longer holds.
    unwrap(await handlerOn(store)(add(2)));
    expect(unwrapLeft(await handle(add(1), { expectedRevision: 0n }))).toMatchObject({
      _tag: "WrongExpectedRevision",
      expected: 0n,
      actual: 1n,
    });
    expect(unwrap(await handle(add(1), { expectedRevision: 1n })).nextExpectedRevision).toBe(2n);
  });

  it("lets a beforeDecide hook refuse, with the state the command would be decided on", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    unwrap(await handle(open(10)));
    const seen: number[] = [];
    const refused = await handle([add(1), add(2)], {
      beforeDecide: (command, state) => {
        seen.push(state.total);
        return command.type === "Add" && command.amount === 2
          ? E.left("not today" as const)
          : E.right(undefined);
      },
    });
    expect(unwrapLeft(refused)).toEqual({ _tag: "Refused", error: "not today", commandIndex: 1 });
    expect(seen.slice(-2)).toEqual([0, 1]);
    expect((await collect(store.readStream("counter-1"))).length).toBe(1);
  });

  it("replays a command id only for the same command, and refuses it for another", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    unwrap(await handle(open(10)));
    const first = unwrap(await handle(add(3, "same-id")));
    const again = unwrap(await handle(add(3, "same-id")));
    expect(again.idempotentReplay).toBe(true);
    expect(again.recorded).toEqual(first.recorded);
    expect(unwrapLeft(await handle(add(4, "same-id")))).toEqual({
      _tag: "CommandIdReused",
      streamId: "counter-1",
      commandId: "same-id",
    });
    // A fresh handler (no cache) reads the digest from the stored metadata.
    expect(unwrapLeft(await handlerOn(store)(add(4, "same-id")))).toMatchObject({ _tag: "CommandIdReused" });
    expect((await collect(store.readStream("counter-1"))).length).toBe(2);
  });

  it("never appends an event its own codec refuses", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    unwrap(await handle(open(10)));
    // The decider accepts a fractional amount; the codec below does not.
    const strict = createCommandHandler({
      store,
      decider: counter,
      streamIdOf: (c: CounterCommand) => `counter-${c.id}`,
      encode,
      decode: (stored) =>
        typeof stored.data.amount === "number" && !Number.isInteger(stored.data.amount)
          ? E.left(`amount ${stored.data.amount} is not whole`)
          : decode(stored),
      clock,
    });
    expect(unwrapLeft(await strict(add(1.5)))).toEqual({
      _tag: "InvalidEvent",
      streamId: "counter-1",
      commandIndex: 0,
      eventType: "Added",
      error: "amount 1.5 is not whole",
    });
    expect((await collect(store.readStream("counter-1"))).length).toBe(1);
  });

  it("turns an encoder that throws into a refusal, and writes nothing", async () => {
    const store = createInMemoryEventStore();
    unwrap(await handlerOn(store)(open(10)));
    const throwing = createCommandHandler({
      store,
      decider: counter,
      streamIdOf: (c: CounterCommand) => `counter-${c.id}`,
      encode: (event) => {
        if (event.type === "Added" && event.amount === 7) throw new TypeError("no codec for 7");
        return encode(event);
      },
      decode,
      clock,
    });
    expect(unwrapLeft(await throwing([add(1), add(7)]))).toEqual({
      _tag: "UnencodableEvent",
      streamId: "counter-1",
      commandIndex: 1,
      eventType: "Added",
      message: "no codec for 7",
    });
    expect((await collect(store.readStream("counter-1"))).length).toBe(1);
  });

  it("decides and validates a dry run without writing it", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(store, opts);
    const dry = unwrap(await handle([open(10), add(4)], { dryRun: true }));
    expect(dry.state).toEqual({ open: true, limit: 10, total: 4 });
    expect(dry.events.length).toBe(2);
    expect(dry).toMatchObject({ recorded: [], nextExpectedRevision: "no-stream" });
    expect(await collect(store.readStream("counter-1"))).toEqual([]);
    expect(unwrapLeft(await handle(add(1), { dryRun: true }))).toMatchObject({ _tag: "DomainError" });
  });

  it("serialises concurrent commands on one stream: none conflicts, none is lost", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerOn(slowAppends(store), { ...opts, maxAttempts: 2 });
    unwrap(await handle(open(100)));
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => handle(add(1))));
    expect(outcomes.map((o) => (E.isRight(o) ? o.right.attempts : o.left._tag))).toEqual(Array(8).fill(1));
    expect(unwrap(await handle(add(0))).state.total).toBe(8);
  });

  it("starts from a warmed snapshot and reads only what was written after it", async () => {
    const store = createInMemoryEventStore();
    unwrap(await handlerOn(store)([open(10), add(2)]));
    const handle = handlerOn(store, opts);
    // A snapshot at revision 0 (total 0): revision 1 is read on top of it, not before.
    handle.warm("counter-1", { state: { open: true, limit: 10, total: 0 }, revision: 0n });
    const done = unwrap(await handle(add(3)));
    expect(done.state.total).toBe(5);
    expect(done.nextExpectedRevision).toBe(2n);
  });
});
