import type { AddressInfo } from "node:net";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "../app/createApp";
import { problem } from "./problem";

/** One GET against an app whose store fails with `failure`; the response and the log lines. */
const getWithFailingStore = async (failure: () => never) => {
  const store = createInMemoryEventStore();
  const lines: string[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
  const { app } = createApp({
    store: { ...store, readStream: failure },
    auth: {
      verify: async () => E.right({ organisationId: "gm0114", role: "municipality", person: "J. de Vries" }),
    },
    logger,
    rateLimit: false,
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/agreements/x`, {
      headers: { authorization: "Bearer any" },
    });
    return { res, text: await res.text(), log: lines.join("") };
  } finally {
    server.close();
  }
};

describe("a real server error", () => {
  it("is a 500 problem that says nothing internal and carries the request id, which the log has too", async () => {
    const { res, text, log } = await getWithFailingStore(() => {
      throw new Error("SECRET: disk /var/lib/x failed");
    });
    expect(res.status).toBe(500);
    expect(text).not.toContain("SECRET");
    const body = JSON.parse(text) as { type: string; requestId: string };
    expect(body.type).toBe("urn:grant-ledger:problem:internal-error");
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
    expect(log).toContain(body.requestId);
    expect(log).not.toContain("Bearer");
    expect(log).not.toContain("J. de Vries");
  });

  it("includes a problem that cannot be written as JSON: a 500 problem, never Express's page with a stack", async () => {
    const { res, text, log } = await getWithFailingStore(() => {
      throw problem("not-found", "x", { amount: 1n });
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(text).not.toContain("at JSON.stringify");
    expect(JSON.parse(text).type).toBe("urn:grant-ledger:problem:internal-error");
    expect(log).toContain("BigInt");
  });
});
