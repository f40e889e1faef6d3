import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

const A = `/agreements/${DEMO_AGREEMENT}`;
const shift = {
  from: { resultArea: "6", workType: "OBW", district: "Stad" },
  to: { resultArea: "6", workType: "JW", district: "Stad" },
  quantity: { kind: "hours", amount: "1" },
};

let s: ServiceUnderTest;
beforeAll(async () => {
  s = await serviceUnderTest();
});
afterAll(() => s.close());

describe("two writers with the same If-Match", () => {
  it("exactly one succeeds, the other gets 412, every round", async () => {
    for (let round = 0; round < 10; round++) {
      const etag = (await s.fetch(A, { token: s.tokens["provider-planner"] })).headers.get("etag") as string;
      const before = await s.eventCount();
      const send = (writer: string) =>
        s.fetch(`${A}/reallocations`, {
          method: "POST",
          token: s.tokens["provider-planner"],
          json: { requestId: `race-${round}-${writer}`, shifts: [shift], reason: `writer ${writer}` },
          headers: { "if-match": etag },
        });
      const statuses = (await Promise.all([send("a"), send("b")])).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 412]);
      expect(await s.eventCount()).toBe(before + 1);
    }
  });
});

describe("graceful shutdown", () => {
  it("finishes the command in flight, records it whole, then refuses connections", async () => {
    const t = await serviceUnderTest();
    const etag = (await t.fetch(A, { token: t.tokens["provider-planner"] })).headers.get("etag") as string;
    const before = await t.eventCount();
    // Close once the server has the request: it is in flight, whatever the machine's load.
    const closed = new Promise<void>((resolve) => t.running.server.once("request", () => resolve(t.close())));
    const inFlight = t.fetch(`${A}/reallocations`, {
      method: "POST",
      token: t.tokens["provider-planner"],
      json: { requestId: "shutdown-1", shifts: [shift], reason: "in flight" },
      headers: { "if-match": etag },
    });
    const res = await inFlight;
    await closed;
    expect(res.status).toBe(200);
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
    const { openSqliteEventStore } = await import("@grant-ledger/store-sqlite");
    const reopened = openSqliteEventStore({ file: t.file });
    let n = 0;
    for await (const _ of reopened.readAll()) n++;
    await reopened.close();
    expect(n).toBe(before + 1);
  });
});
