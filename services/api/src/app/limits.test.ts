import type { AddressInfo } from "node:net";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { type AppOptions, createApp } from "./createApp";

const listening = async (o: Partial<AppOptions>) => {
  const { app } = createApp({
    store: createInMemoryEventStore(),
    auth: {
      verify: async () => E.right({ organisationId: "gm0114", role: "municipality", person: "J. de Vries" }),
    },
    logger: pino({ level: "silent" }),
    ...o,
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
};

describe("rate limiting and CORS", () => {
  it("answers 429 as a problem with the IETF RateLimit headers once the window is used up", async () => {
    const s = await listening({ rateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        last = await fetch(`${s.url}/healthz`);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(last?.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(last?.headers.get("ratelimit-policy")).toMatch(/q=2/);
      expect(last?.headers.get("ratelimit")).toMatch(/r=0/);
    } finally {
      s.close();
    }
  });

  it("sends no CORS headers unless origins are configured", async () => {
    const off = await listening({});
    const on = await listening({ corsOrigins: ["https://audit.example"] });
    try {
      const headers = { origin: "https://audit.example" };
      expect(
        (await fetch(`${off.url}/healthz`, { headers })).headers.get("access-control-allow-origin"),
      ).toBeNull();
      expect((await fetch(`${on.url}/healthz`, { headers })).headers.get("access-control-allow-origin")).toBe(
        "https://audit.example",
      );
      const other = await fetch(`${on.url}/healthz`, { headers: { origin: "https://elsewhere.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      off.close();
      on.close();
    }
  });
});
