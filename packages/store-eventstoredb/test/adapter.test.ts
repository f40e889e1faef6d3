import { jsonEvent } from "@eventstore/db-client";
import {
  CONTRACT_STREAM_PREFIX,
  aBatch,
  anEvent,
  collect,
  newCommandId,
  newStreamId,
} from "@grant-ledger/event-store/testing";
import { describe, expect, it } from "vitest";
import { LEDGER_METADATA_KEY, eventIdFor } from "../src";
import { useTestServer } from "./harness";

const unwrap = <R>(either: { _tag: "Left"; left: unknown } | { _tag: "Right"; right: R }): R => {
  if (either._tag === "Left") throw new Error(`unexpected Left ${String(either.left)}`);
  return either.right;
};

const decoded = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

describe("EventStoreDB adapter", () => {
  const testServer = useTestServer();

  it("stores JSON events whose metadata carries provenance, command id and the hash-chain fields", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    const commandId = newCommandId();
    const provenance = {
      actor: { organisation: "Gemeente Emmen", role: "alderman" },
      occurredAt: "2007-03-01",
    };
    const event = anEvent("AgreementSigned", { by: "both" }, commandId, provenance);
    const [recorded] = unwrap(await store.appendToStream(streamId, [event], "no-stream")).events;
    const [stored] = server.log.stream(streamId)!;
    expect(stored!.contentType).toBe("application/json");
    expect(stored!.type).toBe("AgreementSigned");
    expect(stored!.id).toBe(eventIdFor(commandId, 0));
    expect(decoded(stored!.data)).toEqual({ by: "both" });
    expect(decoded(stored!.customMetadata)).toEqual({
      ...provenance,
      commandId,
      [LEDGER_METADATA_KEY]: { previousHash: recorded!.previousHash, hash: recorded!.hash, schemaVersion: 1 },
    });
    const [read] = await collect(store.readStream(streamId));
    expect(read!.metadata).toEqual({ ...provenance, commandId });
  });

  it("refuses caller metadata that uses the adapter's reserved key", async () => {
    const { store } = await testServer();
    const event = anEvent("Noted", {}, newCommandId(), { [LEDGER_METADATA_KEY]: "mine" });
    await expect(store.appendToStream(newStreamId(), [event], "no-stream")).rejects.toThrow(/reserved key/);
  });

  it("sends NO_STREAM or the exact head revision as a bigint string, never -1, whatever the caller expected", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    unwrap(await store.appendToStream(streamId, aBatch(2), "any"));
    unwrap(await store.appendToStream(streamId, aBatch(1), "exists"));
    unwrap(await store.appendToStream(streamId, aBatch(1), 2n));
    const sent = server.appendRequests.filter((r) => r.streamId === streamId);
    expect(sent.map((r) => r.expected.kind)).toEqual(["no-stream", "revision", "revision"]);
    expect(sent.map((r) => r.revisionSent)).toEqual([undefined, "1", "2"]);
  });

  it("keeps revisions as bigint beyond 2^53", async () => {
    const { store } = await testServer();
    const streamId = newStreamId();
    unwrap(await store.appendToStream(streamId, aBatch(1), "no-stream"));
    const huge = 2n ** 53n + 1n;
    const conflict = await store.appendToStream(streamId, aBatch(1), huge);
    expect(conflict).toEqual({
      _tag: "Left",
      left: { _tag: "WrongExpectedRevision", streamId, expected: huge, actual: 0n },
    });
    expect(await collect(store.readStream(streamId, { from: huge }))).toEqual([]);
    expect(await collect(store.readStream(streamId, { from: huge, direction: "backwards" }))).toHaveLength(1);
  });

  it("leaves other streams in $all out of readAll and out of the global positions", async () => {
    const { server, store } = await testServer();
    const a = newStreamId("a");
    unwrap(await store.appendToStream(a, aBatch(2), "no-stream"));
    const foreign = store.client;
    await foreign.appendToStream("billing-1", [jsonEvent({ type: "Invoiced", data: {} })]);
    await foreign.appendToStream("$stats-127.0.0.1:2113", [jsonEvent({ type: "$statsCollected", data: {} })]);
    unwrap(await store.appendToStream(a, aBatch(1), 1n));
    const all = await collect(store.readAll());
    expect(all.map((e) => [e.streamId, e.globalPosition])).toEqual([
      [a, 0n],
      [a, 1n],
      [a, 2n],
    ]);
    // The log positions underneath do have gaps, and foreign events between them.
    expect(server.log.all.map((r) => r.streamId)).toContain("billing-1");
  });

  it("counts every configured prefix as the project's", async () => {
    const { storeOn } = await testServer();
    const store = storeOn({ streamPrefixes: [CONTRACT_STREAM_PREFIX, "register-"] });
    unwrap(await store.appendToStream("register-2007", aBatch(1), "no-stream"));
    unwrap(await store.appendToStream(newStreamId(), aBatch(1), "no-stream"));
    expect((await collect(store.readAll())).map((e) => e.globalPosition)).toEqual([0n, 1n]);
    await expect(store.appendToStream("billing-1", aBatch(1), "any")).rejects.toThrow(/outside the project/);
  });

  it("gives every process the same global positions, derived from $all order", async () => {
    const { store, storeOn } = await testServer({ pageSize: 3 });
    const written = [];
    for (let i = 0; i < 4; i++) {
      written.push(
        ...unwrap(await store.appendToStream(newStreamId(`s${i}`), aBatch(2), "no-stream")).events,
      );
    }
    const later = storeOn();
    expect(await collect(later.readAll())).toEqual(written);
    expect(await collect(later.readAll({ fromPosition: 5n, maxCount: 2 }))).toEqual(written.slice(5, 7));
    const [read] = await collect(later.readStream(written[6]!.streamId, { from: 0n }));
    expect(read).toEqual(written[6]);
  });

  it("waits for $all to show an acknowledged write before numbering it", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    unwrap(await store.appendToStream(streamId, aBatch(2), "no-stream"));
    server.lagAllReads(2);
    const result = unwrap(await store.appendToStream(streamId, aBatch(2), 1n));
    expect(result.events.map((e) => e.globalPosition)).toEqual([2n, 3n]);
    expect(result.lastGlobalPosition).toBe(3n);
  });

  it("lets EventStoreDB's event-id check settle racing retries of one command", async () => {
    const { server, store } = await testServer();
    const streamId = newStreamId();
    const batch = aBatch(3);
    const results = (
      await Promise.all([1, 2, 3, 4].map(() => store.appendToStream(streamId, batch, "any")))
    ).map(unwrap);
    expect(results.filter((r) => !r.idempotentReplay)).toHaveLength(1);
    const commandId = batch[0]!.metadata.commandId;
    const expectedIds = [0, 1, 2].map((i) => eventIdFor(commandId, i));
    for (const request of server.appendRequests.filter((r) => r.streamId === streamId)) {
      expect(request.eventIds).toEqual(expectedIds);
    }
    expect(server.log.stream(streamId)).toHaveLength(3);
  });

  it("stores projection checkpoints in their own stream, outside the global positions", async () => {
    const { server, store } = await testServer();
    const checkpoints = store.projectionCheckpoints;
    await checkpoints.save("cell-history", { position: 41n, state: { cells: 3 } });
    await checkpoints.save("cell-history", { position: 2n ** 60n, state: { cells: 4 } });
    expect(await checkpoints.load("cell-history")).toEqual({ position: 2n ** 60n, state: { cells: 4 } });
    expect(server.log.stream("grant-ledger-projection-cell-history")).toHaveLength(2);
    expect(decoded(server.log.stream("$$grant-ledger-projection-cell-history")![0]!.data)).toEqual({
      $maxCount: 1,
    });
    expect(await collect(store.readAll())).toEqual([]);
    expect(await store.headPosition()).toBeUndefined();
  });

  it("tells its head position", async () => {
    const { store } = await testServer();
    unwrap(await store.appendToStream(newStreamId(), aBatch(3), "no-stream"));
    expect(await store.headPosition()).toBe(2n);
  });
});

describe("event ids", () => {
  it("are name-based version 5 UUIDs, stable per command and index", () => {
    const id = eventIdFor("cmd-1", 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eventIdFor("cmd-1", 0)).toBe(id);
    expect(new Set([id, eventIdFor("cmd-1", 1), eventIdFor("cmd-2", 0), eventIdFor("cmd-10", 0)]).size).toBe(
      4,
    );
  });
});
