import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { EventStore, ReadStreamOptions } from "../port";
import { unwrap, unwrapLeft } from "../testing/fixtures";
import { createCommandHandler } from "./commandHandler";
import { type CounterCommand, type CounterState, clock, counter, decode, encode } from "./testing/counter";

const add = (amount: number, commandId: string): CounterCommand => ({
  type: "Add",
  id: "a",
  amount,
  metadata: { commandId },
});
const digestOf = (c: CounterCommand) => `${c.type}:${c.type === "Add" ? c.amount : c.limit}`;
const open: CounterCommand = { type: "Open", id: "a", limit: 100, metadata: { commandId: "open" } };

/** A handler with a durable snapshot of stream `counter-a` at a revision, and a record of reads. */
const setUp = async (options: { cache?: boolean } = {}) => {
  const store: EventStore = createInMemoryEventStore();
  const plain = createCommandHandler({
    store,
    decider: counter,
    streamIdOf: () => "counter-a",
    encode,
    decode,
    clock,
    digestOf,
  });
  unwrap(await plain(open));
  for (let i = 0; i < 4; i++) unwrap(await plain(add(1, `add-${i}`)));
  // The snapshot at revision 4 claims a total of 40, where the events say 4: a fold from it shows.
  const snapshot = { state: { open: true, limit: 100, total: 40 } satisfies CounterState, revision: 4n };
  const reads: (bigint | undefined)[] = [];
  const prepared: number[] = [];
  const handler = createCommandHandler({
    store: {
      appendToStream: store.appendToStream.bind(store),
      readStream: (streamId: string, o?: ReadStreamOptions) => {
        reads.push(o?.from);
        return store.readStream(streamId, o);
      },
    },
    decider: counter,
    streamIdOf: () => "counter-a",
    encode,
    decode,
    clock,
    digestOf,
    ...(options.cache === true ? { stateCache: { maxStreams: 4 } } : {}),
    snapshots: {
      load: async () => snapshot,
      recordedCommands: async (_streamId, ids) => {
        const found = new Map<string, bigint>();
        for await (const e of store.readStream("counter-a"))
          if (ids.includes(e.metadata.commandId) && !found.has(e.metadata.commandId))
            found.set(e.metadata.commandId, e.revision);
        return found;
      },
    },
    prepare: async (_streamId, commands, state) => {
      prepared.push(commands.length);
      return state;
    },
  });
  return { handler, reads, prepared, snapshot };
};

describe("the command handler with durable snapshots", () => {
  it("folds only the events after the snapshot, and prepares the state before deciding", async () => {
    const { handler, reads, prepared } = await setUp();
    const done = unwrap(await handler(add(2, "new")));
    expect(reads).toEqual([5n]);
    expect(done.state.total).toBe(42);
    expect(done.nextExpectedRevision).toBe(5n);
    expect(prepared).toEqual([1]);
  });

  it("answers a repeat of a command before the snapshot with its original events, from the whole stream", async () => {
    const { handler, reads } = await setUp();
    const again = unwrap(await handler(add(1, "add-1")));
    expect(again.idempotentReplay).toBe(true);
    expect(again.recorded.map((r) => r.revision)).toEqual([2n]);
    expect(reads).toEqual([undefined]);
    // Its content must match: the same id with another command is refused.
    expect(unwrapLeft(await handler(add(7, "add-1")))).toMatchObject({ _tag: "CommandIdReused" });
  });

  it("with the state cache, still recognises a repeat of a command before the snapshot", async () => {
    const { handler } = await setUp({ cache: true });
    unwrap(await handler(add(2, "fresh")));
    const again = await handler(add(1, "add-0"));
    expect(E.isRight(again) && again.right.idempotentReplay).toBe(true);
    const open2 = await handler({ ...open, metadata: { commandId: "open" } });
    expect(E.isRight(open2) && open2.right.idempotentReplay).toBe(true);
  });

  it("after warm, recognises a repeat of a command before the warmed state", async () => {
    const { handler, snapshot } = await setUp({ cache: true });
    handler.warm("counter-a", snapshot);
    const again = unwrap(await handler(add(1, "add-2")));
    expect(again.idempotentReplay).toBe(true);
    expect(again.recorded.map((r) => r.revision)).toEqual([3n]);
    // A new command decides on the warmed state, without reading the stream.
    expect(unwrap(await handler(add(1, "after-warm"))).state.total).toBe(41);
  });
});
