import { createInMemoryEventStore } from "@grant-ledger/event-store";
import express from "express";
import * as E from "fp-ts/Either";
import helmet from "helmet";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "./createApp";
import { securityHeaders } from "./securityHeaders";

const listen = async (app: express.Express) => {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
};

const headersOf = (r: Response) =>
  Object.fromEntries([...r.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name)));

describe("the security headers", () => {
  it("are exactly helmet's own, set once and copied onto every response", async () => {
    const withHelmet = express().use(helmet());
    const copied = express().use(securityHeaders());
    for (const app of [withHelmet, copied]) app.get("/", (_req, res) => void res.send("ok"));
    const a = await listen(withHelmet);
    const b = await listen(copied);
    try {
      const expected = headersOf(await fetch(a.url));
      expect(expected["content-security-policy"]).toContain("default-src 'self'");
      expect(expected["x-powered-by"]).toBeUndefined();
      expect(headersOf(await fetch(b.url))).toEqual(expected);
    } finally {
      a.close();
      b.close();
    }
  });

  it("refuse a directive that would vary per request", () => {
    expect(() =>
      securityHeaders({
        contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-x'"] } },
      }),
    ).toThrow(/per-request/);
  });

  it("are on the service's responses, problems included", async () => {
    const { app } = createApp({
      store: createInMemoryEventStore(),
      auth: { verify: async () => E.left({ reason: "no" }) },
      logger: pino({ level: "silent" }),
      rateLimit: false,
    });
    const s = await listen(app);
    try {
      for (const path of ["/healthz", "/agreements/x", "/nowhere"]) {
        const r = await fetch(`${s.url}${path}`);
        expect(r.headers.get("strict-transport-security"), path).toMatch(/max-age=/);
        expect(r.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(r.headers.get("x-request-id"), path).toMatch(/./);
      }
    } finally {
      s.close();
    }
  });
});
