import { createHash } from "node:crypto";
import { isRight } from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import type { RecordedEvent } from "../port";
import { aBatch, anEvent, unwrap, unwrapLeft } from "../testing/fixtures";
import { chainEvents, chainHash } from "./chainHash";
import { type EventBreak, isStorageBreak, verifyChain, verifyStore } from "./verify";

/** Two interleaved streams: a has revisions 0..4, b has 0..2. */
const history = async (): Promise<RecordedEvent[]> => {
  const store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(3), "no-stream");
  await store.appendToStream("agreement-b", aBatch(2), "no-stream");
  await store.appendToStream("agreement-a", aBatch(2), 2n);
  await store.appendToStream("agreement-b", aBatch(1), 1n);
  return store.records();
};

const at = (records: RecordedEvent[], streamId: string, revision: bigint): number =>
  records.findIndex((e) => e.streamId === streamId && e.revision === revision);

const firstBreak = async (records: RecordedEvent[], streamId?: string): Promise<EventBreak> => {
  const store = createInMemoryEventStore({ records });
  const found = unwrapLeft(await verifyStore(store, streamId === undefined ? {} : { streamId }));
  if (isStorageBreak(found)) throw new Error(`an in-memory store has no storage to damage: ${found.message}`);
  return found;
};

async function* iterate(records: RecordedEvent[]) {
  yield* records;
}

describe("chainHash", () => {
  const fields = {
    previousHash: "0".repeat(64),
    streamId: "agreement-1",
    revision: 0n,
    type: "AgreementProposed",
    schemaVersion: 1,
    data: { b: 1, a: "x" },
    metadata: { commandId: "c-1" },
  };

  it("is SHA-256 over canonical JSON with the revision as a decimal string", () => {
    // Computed independently: sha256 of the RFC 8785 form of the fields, keys sorted.
    const canonical =
      '{"data":{"a":"x","b":1},"metadata":{"commandId":"c-1"},"previousHash":"0000000000000000000000000000000000000000000000000000000000000000","revision":"0","schemaVersion":1,"streamId":"agreement-1","type":"AgreementProposed"}';
    expect(chainHash(fields)).toBe(createHash("sha256").update(canonical).digest("hex"));
  });

  it("does not depend on key order", () => {
    const reordered = { ...fields, data: { a: "x", b: 1 }, metadata: { commandId: "c-1" } };
    expect(chainHash(reordered)).toBe(chainHash(fields));
  });

  it("commits to a hash key in metadata like to any other key", () => {
    const forged = {
      ...fields,
      metadata: { ...fields.metadata, hash: { approvedBy: "forger", amount: 999999 } },
    };
    expect(chainHash(forged)).not.toBe(chainHash(fields));
    expect(chainHash({ ...fields, metadata: { ...fields.metadata, hash: "f".repeat(64) } })).not.toBe(
      chainHash(fields),
    );
  });

  it("changes with every chained field", () => {
    const base = chainHash(fields);
    expect(chainHash({ ...fields, revision: 1n })).not.toBe(base);
    expect(chainHash({ ...fields, streamId: "agreement-2" })).not.toBe(base);
    expect(chainHash({ ...fields, type: "AgreementSigned" })).not.toBe(base);
    expect(chainHash({ ...fields, schemaVersion: 2 })).not.toBe(base);
    expect(chainHash({ ...fields, data: { b: 2, a: "x" } })).not.toBe(base);
    expect(chainHash({ ...fields, metadata: { commandId: "c-2" } })).not.toBe(base);
    expect(chainHash({ ...fields, previousHash: "1".repeat(64) })).not.toBe(base);
  });

  it("chains a batch from a stream head", () => {
    const batch = chainEvents(
      { streamId: "s", firstRevision: 4n, firstGlobalPosition: 10n, previousHash: "a".repeat(64) },
      [anEvent("X"), anEvent("Y")],
    );
    expect(batch.map((e) => [e.revision, e.globalPosition])).toEqual([
      [4n, 10n],
      [5n, 11n],
    ]);
    expect(batch[0]?.previousHash).toBe("a".repeat(64));
    expect(batch[1]?.previousHash).toBe(batch[0]?.hash);
  });
});

describe("verify", () => {
  it("passes an intact store and reports what it checked", async () => {
    const records = await history();
    const summary = unwrap(await verifyChain(iterate(records)));
    expect(summary).toEqual({ eventsChecked: 8, streamsChecked: 2, lastGlobalPosition: 7n });
    expect(
      isRight(await verifyStore(createInMemoryEventStore({ records }), { streamId: "agreement-b" })),
    ).toBe(true);
  });

  it("detects an edited event", async () => {
    const records = await history();
    const i = at(records, "agreement-a", 3n);
    const original = records[i]!;
    records[i] = { ...original, data: { ...original.data, units: "999" } };
    const found = await firstBreak(records);
    expect(found).toMatchObject({
      streamId: "agreement-a",
      revision: 3n,
      problem: "edited",
      foundHash: original.hash,
    });
    expect(found.expectedHash).toBe(chainHash(records[i]!));
    expect(found.message).toContain("agreement-a revision 3");
    expect(await firstBreak(records, "agreement-a")).toMatchObject({ revision: 3n, problem: "edited" });
  });

  it("detects a hash key added to an event's metadata", async () => {
    const records = await history();
    const i = at(records, "agreement-b", 1n);
    const original = records[i]!;
    records[i] = {
      ...original,
      metadata: { ...original.metadata, hash: { approvedBy: "forger", amount: 999999 } },
    };
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-b",
      revision: 1n,
      problem: "edited",
    });
    expect(await firstBreak(records, "agreement-b")).toMatchObject({ revision: 1n, problem: "edited" });
  });

  it("detects an edited event whose hash was recomputed, at the next event", async () => {
    const records = await history();
    const i = at(records, "agreement-a", 1n);
    const edited = { ...records[i]!, data: { forged: true } };
    records[i] = { ...edited, hash: chainHash(edited) };
    const found = await firstBreak(records);
    expect(found).toMatchObject({ streamId: "agreement-a", revision: 2n, problem: "broken-link" });
    expect(found.foundHash).not.toBe(found.expectedHash);
  });

  it("detects a deleted event", async () => {
    const records = await history();
    records.splice(at(records, "agreement-a", 1n), 1);
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-a",
      revision: 1n,
      problem: "deleted",
    });
    expect(await firstBreak(records, "agreement-a")).toMatchObject({ revision: 1n, problem: "deleted" });
  });

  it("detects a stream's last event deleted from the middle of the store by its global position", async () => {
    const records = await history();
    records.splice(at(records, "agreement-a", 4n), 1);
    const found = await firstBreak(records);
    expect(found).toMatchObject({ streamId: "agreement-b", revision: 2n, problem: "deleted" });
    expect(found.message).toContain("global position 6 is missing");
    // The stream alone still ends consistently: only a checkpoint sees it was cut short.
    expect(
      isRight(await verifyStore(createInMemoryEventStore({ records }), { streamId: "agreement-a" })),
    ).toBe(true);
  });

  it("detects a deleted first event", async () => {
    const records = await history();
    records.splice(at(records, "agreement-b", 0n), 1);
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-b",
      revision: 0n,
      problem: "deleted",
    });
  });

  it("detects an inserted event with a duplicate revision", async () => {
    const records = await history();
    const i = at(records, "agreement-a", 2n);
    const forged = { ...records[i]!, data: { forged: true }, globalPosition: 100n };
    records.push({ ...forged, hash: chainHash(forged) });
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-a",
      revision: 2n,
      problem: "inserted",
    });
  });

  it("detects an inserted event when later revisions were renumbered", async () => {
    const records = await history();
    const i = at(records, "agreement-a", 2n);
    const target = records[i]!;
    const forgedFields = { ...target, type: "Forged", data: { forged: true } };
    const forged: RecordedEvent = { ...forgedFields, hash: chainHash(forgedFields) };
    // Later events move one revision up; the forger cannot rehash without breaking links.
    const shifted = records.map((e) =>
      e.streamId === "agreement-a" && e.revision >= 2n
        ? { ...e, revision: e.revision + 1n, globalPosition: e.globalPosition * 10n + 1n }
        : { ...e, globalPosition: e.globalPosition * 10n },
    );
    shifted.push({ ...forged, globalPosition: target.globalPosition * 10n });
    const found = await firstBreak(shifted);
    expect(found).toMatchObject({ streamId: "agreement-a", revision: 2n, problem: "inserted" });
  });

  it("detects events of a stream swapped in global order", async () => {
    const records = await history();
    const i = at(records, "agreement-a", 1n);
    const j = at(records, "agreement-a", 3n);
    const pi = records[i]!.globalPosition;
    records[i] = { ...records[i]!, globalPosition: records[j]!.globalPosition };
    records[j] = { ...records[j]!, globalPosition: pi };
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-a",
      revision: 1n,
      problem: "reordered",
    });
    expect(await firstBreak(records, "agreement-a")).toMatchObject({ problem: "reordered" });
  });

  it("detects revisions swapped between two events", async () => {
    const records = await history();
    const i = at(records, "agreement-b", 0n);
    const j = at(records, "agreement-b", 1n);
    records[i] = { ...records[i]!, revision: 1n };
    records[j] = { ...records[j]!, revision: 0n };
    expect(await firstBreak(records)).toMatchObject({
      streamId: "agreement-b",
      revision: 0n,
      problem: "reordered",
    });
  });

  it("detects a global position that occurs twice", async () => {
    const records = await history();
    records[4] = { ...records[4]!, globalPosition: 3n };
    const found = unwrapLeft(await verifyChain(iterate(records)));
    expect(found.problem).toBe("inserted");
  });
});
