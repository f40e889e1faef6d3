import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
} from "@eventstore/db-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientFromConnectionString } from "../../src/connection/connection";
import { type ProtocolTestServer, startProtocolTestServer } from "./protocolTestServer";

const events = (n: number, type = "Noted") =>
  Array.from({ length: n }, (_, i) => jsonEvent({ type, data: { i } }));

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** The double seen through the real client, as the adapter sees it. */
describe("protocol test server", () => {
  let server: ProtocolTestServer;
  let client: ReturnType<typeof clientFromConnectionString>;
  beforeEach(async () => {
    server = await startProtocolTestServer();
    client = clientFromConnectionString(server.connectionString);
  });
  afterEach(async () => {
    await client.dispose();
    await server.stop();
  });

  it("appends without ServerFeatures (unimplemented) and reports revision and log position", async () => {
    const first = await client.appendToStream("s-1", events(2), { expectedRevision: NO_STREAM });
    expect(first.success).toBe(true);
    expect(first.nextExpectedRevision).toBe(1n);
    const second = await client.appendToStream("s-1", events(1), { expectedRevision: 1n });
    expect(second.nextExpectedRevision).toBe(2n);
    expect(second.position!.commit).toBeGreaterThan(first.position!.commit + 1n);
    expect(second.position!.prepare).toBe(second.position!.commit);
  });

  it("answers a wrong expected version with the current and expected revision, as bigints", async () => {
    await client.appendToStream("s-2", events(3), { expectedRevision: NO_STREAM });
    const huge = 2n ** 53n + 1n;
    const refusals = await Promise.all(
      ([NO_STREAM, huge, 0n] as const).map((expectedRevision) =>
        client.appendToStream("s-2", events(1), { expectedRevision }).then(
          () => undefined,
          (error: unknown) => error,
        ),
      ),
    );
    for (const refusal of refusals) expect(refusal).toBeInstanceOf(WrongExpectedVersionError);
    const [noStream, tooFar, stale] = refusals as WrongExpectedVersionError[];
    expect([noStream!.expectedVersion, noStream!.actualVersion]).toEqual(["no_stream", 2n]);
    expect([tooFar!.expectedVersion, tooFar!.actualVersion]).toEqual([huge, 2n]);
    expect([stale!.expectedVersion, stale!.actualVersion]).toEqual([0n, 2n]);
    const missing = await client
      .appendToStream("s-missing", events(1), { expectedRevision: STREAM_EXISTS })
      .catch((error: WrongExpectedVersionError) => error);
    expect(missing).toMatchObject({ expectedVersion: "stream_exists", actualVersion: "no_stream" });
    expect(server.appendRequests.find((r) => r.revisionSent !== undefined)?.revisionSent).toBe(
      huge.toString(),
    );
  });

  it("accepts a repeated write of the same event ids without writing, and without a position", async () => {
    const batch = events(2);
    const first = await client.appendToStream("s-3", batch, { expectedRevision: NO_STREAM });
    const again = await client.appendToStream("s-3", batch, { expectedRevision: NO_STREAM });
    expect(again).toEqual({ success: true, nextExpectedRevision: 1n, position: undefined });
    expect(first.position).toBeDefined();
    const anyAgain = await client.appendToStream("s-3", batch, { expectedRevision: ANY });
    expect(anyAgain.position).toBeUndefined();
    expect(server.log.stream("s-3")).toHaveLength(2);
  });

  it("answers a read of a missing stream with stream-not-found", async () => {
    await expect(collect(client.readStream("nowhere"))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it("reads a stream forwards and backwards with a count", async () => {
    await client.appendToStream("s-4", events(5), { expectedRevision: NO_STREAM });
    const revisions = async (options: Parameters<typeof client.readStream>[1]) =>
      (await collect(client.readStream("s-4", options))).map((e) => e.event?.revision);
    expect(await revisions({ fromRevision: 2n, maxCount: 2 })).toEqual([2n, 3n]);
    expect(await revisions({ fromRevision: END, direction: BACKWARDS, maxCount: 2 })).toEqual([4n, 3n]);
    expect(await revisions({ fromRevision: 1n, direction: BACKWARDS })).toEqual([1n, 0n]);
    expect(await revisions({ fromRevision: 9n })).toEqual([]);
  });

  it("reads $all with positions, from a position inclusive, and refuses a position inside a record", async () => {
    await client.appendToStream("s-5", events(3), { expectedRevision: NO_STREAM });
    const all = await collect(client.readAll({ fromPosition: START }));
    expect(all.map((e) => e.event?.streamId)).toEqual([
      "$epoch-information",
      "$settings",
      "s-5",
      "s-5",
      "s-5",
    ]);
    const third = all[3]!.event!.position!;
    const from = await collect(client.readAll({ fromPosition: third }));
    expect(from.map((e) => e.event?.revision)).toEqual([1n, 2n]);
    const back = await collect(client.readAll({ fromPosition: third, direction: BACKWARDS, maxCount: 1 }));
    expect(back.map((e) => e.event?.revision)).toEqual([0n]);
    const inside = { commit: third.commit + 1n, prepare: third.commit + 1n };
    await expect(collect(client.readAll({ fromPosition: inside }))).rejects.toThrow(/Invalid position/);
  });

  it("confirms a filtered $all subscription, catches up after the position, reports caught up, then goes live", async () => {
    await client.appendToStream("keep-1", events(2), { expectedRevision: NO_STREAM });
    await client.appendToStream("skip-1", events(1), { expectedRevision: NO_STREAM });
    const start = (await collect(client.readAll({ fromPosition: START }))).find(
      (e) => e.event?.streamId === "keep-1",
    );
    const subscription = client.subscribeToAll({
      fromPosition: start!.event!.position!,
      filter: { filterOn: "streamName", prefixes: ["keep-"], checkpointInterval: 1 },
    });
    const seen: string[] = [];
    let confirmed = false;
    let caughtUp = 0;
    subscription.on("confirmation", () => {
      confirmed = true;
    });
    // The live event is written only once the subscription reported caught up.
    subscription.on("caughtUp", () => {
      caughtUp++;
      void client.appendToStream("keep-2", events(1), { expectedRevision: NO_STREAM });
    });
    for await (const resolved of subscription) {
      seen.push(`${resolved.event?.streamId}@${resolved.event?.revision}`);
      if (seen.length === 2) break;
    }
    await subscription.unsubscribe();
    expect(confirmed).toBe(true);
    expect(caughtUp).toBe(1);
    expect(seen).toEqual(["keep-1@1", "keep-2@0"]);
  });
});
