import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { EventStore, ReadStreamOptions } from "../port";
import { collect, unwrap, unwrapLeft } from "../testing/fixtures";
import {
  type CounterCommand,
  type CounterState,
  counter,
  decode,
  encode,
  handlerFor,
} from "./testing/counter";

let ids = 0;
const id = (prefix = "k") => ({ commandId: `${prefix}-${++ids}` });
const open = (stream: string, limit: number): CounterCommand => ({
  type: "Open",
  id: stream,
  limit,
  metadata: id(),
});
const add = (stream: string, amount: number): CounterCommand => ({
  type: "Add",
  id: stream,
  amount,
  metadata: id(),
});

/** Records where each read started, and how many events reads delivered. */
const spied = (store: EventStore) => {
  const reads: { streamId: string; from: bigint | undefined }[] = [];
  let delivered = 0;
  const spy: Pick<EventStore, "appendToStream" | "readStream"> = {
    appendToStream: store.appendToStream.bind(store),
    readStream: (streamId: string, options?: ReadStreamOptions) => {
      reads.push({ streamId, from: options?.from });
      const inner = store.readStream(streamId, options);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const e of inner) {
            delivered++;
            yield e;
          }
        },
      };
    },
  };
  return { spy, reads, delivered: () => delivered };
};

/** The state the whole stream folds to, as an uncached reader sees it. */
const foldedState = async (store: EventStore, stream: string): Promise<CounterState> => {
  let state = counter.initialState;
  for (const e of await collect(store.readStream(`counter-${stream}`)))
    state = counter.evolve(state, unwrap(decode(e)));
  return state;
};

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
const sequence = (seed: number) => {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
};

describe("command handler with a state cache", () => {
  it("decides on the cached state without reading the stream again", async () => {
    const store = createInMemoryEventStore();
    const { spy, reads } = spied(store);
    const handle = handlerFor(spy, undefined, 4);
    unwrap(await handle(open("a", 100)));
    for (let i = 0; i < 5; i++) expect(unwrap(await handle(add("a", 1))).attempts).toBe(1);
    // One full read on the first command (empty stream); the appends' expected revision did the rest.
    expect(reads).toEqual([{ streamId: "counter-a", from: undefined }]);
    expect(await foldedState(store, "a")).toEqual({ open: true, limit: 100, total: 5 });
  });

  it("checks a refusal decided on cached state against the events written since", async () => {
    const store = createInMemoryEventStore();
    const { spy, reads } = spied(store);
    const handle = handlerFor(spy, undefined, 4);
    // Refused on the empty stream: the cache now holds "not open".
    expect(unwrapLeft(await handle(add("z", 1)))).toEqual({
      _tag: "DomainError",
      error: "NotOpen",
      commandIndex: 0,
    });
    unwrap(await handlerFor(store)(open("z", 10)));
    reads.length = 0;
    expect(unwrap(await handle(add("z", 1))).nextExpectedRevision).toBe(1n);
    expect(reads).toEqual([{ streamId: "counter-z", from: undefined }]);
    // A refusal that holds on fresh state costs one read of nothing.
    reads.length = 0;
    expect(unwrapLeft(await handle(add("z", 10)))).toEqual({
      _tag: "DomainError",
      error: "LimitExceeded",
      commandIndex: 0,
    });
    expect(reads).toEqual([{ streamId: "counter-z", from: 2n }]);
  });

  it("picks up events another writer appended and decides on them", async () => {
    const store = createInMemoryEventStore();
    const { spy, delivered } = spied(store);
    const handle = handlerFor(spy, undefined, 4);
    unwrap(await handle(open("a", 10)));
    unwrap(await handle(add("a", 4)));
    unwrap(
      await store.appendToStream(
        "counter-a",
        [encode({ type: "Added", amount: 5, commandId: "elsewhere", recordedAt: "x" })],
        1n,
      ),
    );
    // 4 + 5 + 2 > 10: refused only if the other writer's 5 was seen.
    expect(unwrapLeft(await handle(add("a", 2)))).toEqual({
      _tag: "DomainError",
      error: "LimitExceeded",
      commandIndex: 0,
    });
    expect(delivered()).toBe(1);
    expect(unwrap(await handle(add("a", 1))).nextExpectedRevision).toBe(3n);
    expect(await foldedState(store, "a")).toEqual({ open: true, limit: 10, total: 10 });
  });

  it("leaves the cache as it was when a decision is refused", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store, undefined, 4);
    unwrap(await handle(open("a", 5)));
    unwrap(await handle(add("a", 3)));
    expect(unwrapLeft(await handle(add("a", 3)))).toMatchObject({ error: "LimitExceeded" });
    expect(unwrap(await handle(add("a", 2))).nextExpectedRevision).toBe(2n);
    expect(unwrapLeft(await handle(add("a", 1)))).toMatchObject({ error: "LimitExceeded" });
  });

  it.each([7, 11, 23, 101])(
    "two processes with their own caches interleaving on shared streams lose no update (seed %i)",
    async (seed) => {
      const store = createInMemoryEventStore({ pageSize: 2 });
      const first = handlerFor(store, 50, 2);
      const second = handlerFor(store, 50, 2);
      const uncached = handlerFor(store, 50);
      const streams = ["a", "b", "c"];
      for (const s of streams) unwrap(await uncached(open(s, 40)));
      const random = sequence(seed);
      const accepted = new Map(streams.map((s) => [s, 0]));
      for (let round = 0; round < 30; round++) {
        // Commands of one round race: both handlers, and a few against the same stream.
        const batch = Array.from({ length: 4 }, () => {
          const stream = streams[Math.floor(random() * streams.length)] ?? "a";
          const amount = 1 + Math.floor(random() * 3);
          const pick = random();
          const handle = pick < 0.45 ? first : pick < 0.9 ? second : uncached;
          return { stream, amount, result: handle(add(stream, amount)) };
        });
        for (const { stream, amount, result } of batch) {
          const outcome = await result;
          if (E.isRight(outcome)) accepted.set(stream, (accepted.get(stream) ?? 0) + amount);
          else expect(outcome.left).toEqual({ _tag: "DomainError", error: "LimitExceeded", commandIndex: 0 });
        }
      }
      for (const s of streams) {
        const state = await foldedState(store, s);
        expect(state.total).toBe(accepted.get(s));
        expect(state.total).toBeLessThanOrEqual(40);
      }
      // Each handler's view after catching up agrees with a full fold: a zero add decides on it.
      for (const s of streams) {
        for (const handle of [first, second]) {
          const seen = unwrap(await handle(add(s, 0)));
          const events = await collect(store.readStream(`counter-${s}`));
          expect(seen.nextExpectedRevision).toBe(BigInt(events.length - 1));
        }
        const headroom = 40 - (await foldedState(store, s)).total;
        expect(unwrapLeft(await first(add(s, headroom + 1)))).toMatchObject({ error: "LimitExceeded" });
        if (headroom > 0) unwrap(await second(add(s, headroom)));
        expect(unwrapLeft(await first(add(s, 1)))).toMatchObject({ error: "LimitExceeded" });
      }
    },
  );

  it("evicts the least recently used stream beyond its bound", async () => {
    const store = createInMemoryEventStore();
    const { spy, reads } = spied(store);
    const handle = handlerFor(spy, undefined, 2);
    for (const s of ["a", "b"]) unwrap(await handle(open(s, 10)));
    unwrap(await handle(add("a", 1))); // a is now more recent than b
    unwrap(await handle(open("c", 10))); // evicts b
    reads.length = 0;
    unwrap(await handle(add("a", 1))); // cached
    unwrap(await handle(add("c", 1))); // cached
    unwrap(await handle(add("b", 1))); // full read; evicts a
    unwrap(await handle(add("a", 1))); // full read
    expect(reads).toEqual([
      { streamId: "counter-b", from: undefined },
      { streamId: "counter-a", from: undefined },
    ]);
    expect(await foldedState(store, "a")).toEqual({ open: true, limit: 10, total: 3 });
  });

  it("answers a retried command with its original events, whoever recorded it", async () => {
    const store = createInMemoryEventStore();
    const mine = handlerFor(store, undefined, 4);
    const theirs = handlerFor(store, undefined, 4);
    unwrap(await mine(open("a", 10)));
    const command = add("a", 6);
    const first = unwrap(await mine(command));
    unwrap(await mine(add("a", 1)));
    // In my cached part: deciding again would be refused (6 + 1 + 6 > 10).
    const again = unwrap(await mine(command));
    expect(again).toMatchObject({ idempotentReplay: true, events: first.events, recorded: first.recorded });
    expect(again.nextExpectedRevision).toBe(2n);
    // Recorded by the other handler after my cached revision, then retried through me.
    const elsewhere = add("a", 2);
    const original = unwrap(await theirs(elsewhere));
    const retried = unwrap(await mine(elsewhere));
    expect(retried).toMatchObject({
      idempotentReplay: true,
      recorded: original.recorded,
      nextExpectedRevision: 3n,
    });
    expect(unwrap(await mine(add("a", 1))).nextExpectedRevision).toBe(4n);
    expect(await foldedState(store, "a")).toEqual({ open: true, limit: 10, total: 10 });
  });

  it("stays correct when the store answers appends as replays of what another process recorded", async () => {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store, undefined, 4);
    unwrap(await handle(open("a", 10)));
    const command = add("a", 3);
    // Another process records the same command between our catch-up and our append.
    const racing: Pick<EventStore, "appendToStream" | "readStream"> = {
      readStream: (s, o) => store.readStream(s, o),
      appendToStream: async (s, events, expected) => {
        await store.appendToStream(s, events, expected);
        return store.appendToStream(s, events, expected);
      },
    };
    const raced = handlerFor(racing, undefined, 4);
    unwrap(await raced(open("b", 10)));
    unwrap(await raced(add("b", 1)));
    const replayed = unwrap(await raced({ ...command, id: "b" }));
    expect(replayed.idempotentReplay).toBe(true);
    // Every append here is answered as a replay, so nothing is remembered from them: the
    // next command still sees the 3 and the 6 fits exactly.
    expect(unwrap(await raced(add("b", 6))).nextExpectedRevision).toBe(3n);
    expect(unwrapLeft(await raced(add("b", 1)))).toMatchObject({ error: "LimitExceeded" });
    expect(await foldedState(store, "b")).toEqual({ open: true, limit: 10, total: 10 });
  });
});
