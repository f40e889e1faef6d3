import type { AddressInfo } from "node:net";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "../app/createApp";

describe("a real server error", () => {
  it("is a 500 problem that says nothing internal and carries the request id, which the log has too", async () => {
    const store = createInMemoryEventStore();
    const broken = {
      ...store,
      readStream: () => {
        throw new Error("SECRET: disk /var/lib/x failed");
      },
    };
    const lines: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
    const { app } = createApp({
      store: broken,
      auth: {
        verify: async () =>
          E.right({ organisationId: "gm0114", role: "municipality", person: "J. de Vries" }),
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
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain("SECRET");
      const body = JSON.parse(text) as { type: string; requestId: string };
      expect(body.type).toBe("urn:grant-ledger:problem:internal-error");
      expect(body.requestId).toBe(res.headers.get("x-request-id"));
      expect(lines.join("")).toContain(body.requestId);
      expect(lines.join("")).not.toContain("Bearer");
      expect(lines.join("")).not.toContain("J. de Vries");
    } finally {
      server.close();
    }
  });
});
