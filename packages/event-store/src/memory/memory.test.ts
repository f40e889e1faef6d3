import { describe, expect, it } from "vitest";
import {
  aBatch,
  collect,
  describeEventStoreContract,
  describeMerkleLogContract,
  newStreamId,
} from "../testing";
import { createInMemoryEventStore } from "./inMemoryEventStore";

describeEventStoreContract("in-memory", async () => ({ store: createInMemoryEventStore({ pageSize: 64 }) }));
describeMerkleLogContract("in-memory", async () => ({ store: createInMemoryEventStore({ pageSize: 64 }) }));

describe("in-memory store specifics", () => {
  it("rebuilds from records exactly as they were, and keeps appending after them", async () => {
    const first = createInMemoryEventStore();
    const streamId = newStreamId();
    await first.appendToStream(streamId, aBatch(3), "no-stream");
    const copy = createInMemoryEventStore({ records: first.records() });
    expect(await collect(copy.readAll())).toEqual(first.records());
    const more = await copy.appendToStream(streamId, aBatch(1), 2n);
    expect(more._tag === "Right" && more.right.events[0]?.globalPosition).toBe(3n);
    expect(more._tag === "Right" && more.right.events[0]?.previousHash).toBe(first.records()[2]?.hash);
    expect(await copy.headPosition()).toBe(3n);
  });

  it("remembers command ids of records it was built from", async () => {
    const first = createInMemoryEventStore();
    const streamId = newStreamId();
    const batch = aBatch(2);
    await first.appendToStream(streamId, batch, "no-stream");
    const copy = createInMemoryEventStore({ records: first.records() });
    const retry = await copy.appendToStream(streamId, batch, "no-stream");
    expect(retry._tag === "Right" && retry.right.idempotentReplay).toBe(true);
  });

  it("refuses to work once closed", async () => {
    const store = createInMemoryEventStore();
    await store.close();
    await expect(store.appendToStream(newStreamId(), aBatch(1), "any")).rejects.toThrow(/closed/);
  });
});
