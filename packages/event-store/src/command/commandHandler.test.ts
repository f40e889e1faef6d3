import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { EventStore } from "../port";
import { collect, unwrap, unwrapLeft } from "../testing/fixtures";
import {
  type CounterCommand,
  type Meta,
  handlerFor as counterHandler,
  withIntruder,
} from "./testing/counter";

let ids = 0;
const meta = (): Meta => ({ commandId: `c-${++ids}` });
const open = (limit = 10): CounterCommand => ({ type: "Open", id: "1", limit, metadata: meta() });
const add = (amount: number): CounterCommand => ({ type: "Add", id: "1", amount, metadata: meta() });

// Every behaviour holds the same with and without the state cache.
describe.each([
  ["without a state cache", undefined],
  ["with a state cache", 8],
])("command handler %s", (_mode, maxStreams) => {
  const handlerFor = (store: Pick<EventStore, "appendToStream" | "readStream">, maxAttempts?: number) =>
    counterHandler(store, maxAttempts, maxStreams);

  it("loads, decides and appends, stamping recordedAt from its clock", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store);
    const opened = unwrap(await handle(open()));
    expect(opened).toMatchObject({ nextExpectedRevision: 0n, idempotentReplay: false, attempts: 1 });
    const added = unwrap(await handle(add(4)));
    expect(added.events).toEqual([
      expect.objectContaining({ type: "Added", amount: 4, recordedAt: "2026-01-02T03:04:05.000Z" }),
    ]);
    expect(added.recorded[0]?.metadata.recordedAt).toBe("2026-01-02T03:04:05.000Z");
    expect(added.nextExpectedRevision).toBe(1n);
  });

  it("returns domain refusals as values and writes nothing", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store);
    expect(unwrapLeft(await handle(add(1)))).toEqual({
      _tag: "DomainError",
      error: "NotOpen",
      commandIndex: 0,
    });
    unwrap(await handle(open(5)));
    expect(unwrapLeft(await handle(add(6)))).toEqual({
      _tag: "DomainError",
      error: "LimitExceeded",
      commandIndex: 0,
    });
    expect((await collect(store.readStream("counter-1"))).length).toBe(1);
  });

  it("writes nothing when the decision is empty", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store);
    unwrap(await handle(open()));
    expect(unwrap(await handle(add(0)))).toMatchObject({ events: [], nextExpectedRevision: 0n });
  });

  it("answers a repeated command id with the original events, even where deciding again would be refused", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store);
    const command = open();
    const first = unwrap(await handle(command));
    unwrap(await handle(add(2)));
    const again = unwrap(await handle(command));
    expect(again.idempotentReplay).toBe(true);
    expect(again.events).toEqual(first.events);
    expect(again.recorded).toEqual(first.recorded);
    expect(again.nextExpectedRevision).toBe(1n);
    expect((await collect(store.readStream("counter-1"))).length).toBe(2);
  });

  it("reloads and decides again after a conflict", async () => {
    const store = createInMemoryEventStore();
    unwrap(await handlerFor(store)(open(10)));
    const handle = handlerFor(withIntruder(store, 1));
    const result = unwrap(await handle(add(5)));
    expect(result.attempts).toBe(2);
    expect(result.nextExpectedRevision).toBe(2n);
    // The second decision saw the intruder's 3: 3 + 5 + 5 > 10.
    expect(unwrapLeft(await handlerFor(withIntruder(store, 1))(add(5)))).toEqual({
      _tag: "DomainError",
      error: "LimitExceeded",
      commandIndex: 0,
    });
  });

  it("gives up after a bounded number of conflicts", async () => {
    const store = createInMemoryEventStore();
    unwrap(await handlerFor(store)(open(1000)));
    const error = unwrapLeft(await handlerFor(withIntruder(store, 100), 3)(add(1)));
    expect(error).toMatchObject({
      _tag: "ConflictRetriesExhausted",
      attempts: 3,
      conflict: { _tag: "WrongExpectedRevision" },
    });
  });

  it("reports an event it cannot decode with its revision", async () => {
    const store = createInMemoryEventStore();
    unwrap(
      await store.appendToStream(
        "counter-1",
        [{ type: "Opened", schemaVersion: 1, data: { limit: "ten" }, metadata: { commandId: "x" } }],
        "no-stream",
      ),
    );
    expect(unwrapLeft(await handlerFor(store)(add(1)))).toEqual({
      _tag: "EventDecodeError",
      streamId: "counter-1",
      revision: 0n,
      error: "cannot read Opened at revision 0",
    });
  });

  it("loses nothing when commands race on one stream", async () => {
    const store = createInMemoryEventStore({ pageSize: 1 });
    const handle = handlerFor(store, 50);
    unwrap(await handle(open(100)));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => handle(add(i + 1))));
    expect(results.every(E.isRight)).toBe(true);
    const events = await collect(store.readStream("counter-1"));
    expect(events.length).toBe(11);
    expect(events.slice(1).reduce((sum, e) => sum + Number(e.data.amount), 0)).toBe(55);
  });

  it("writes a racing retry of one command once", async () => {
    const store = createInMemoryEventStore({ pageSize: 1 });
    const handle = handlerFor(store);
    unwrap(await handle(open()));
    const command = add(1);
    const results = (await Promise.all([handle(command), handle(command), handle(command)])).map(unwrap);
    expect(results.filter((r) => !r.idempotentReplay).length).toBe(1);
    for (const r of results) expect(r.recorded).toEqual(results[0]?.recorded);
    expect((await collect(store.readStream("counter-1"))).length).toBe(2);
  });
});
