import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { createApp } from "./createApp";

describe("the request log", () => {
  it("has one line per request with its id, method, path, status, organisation and role; no token, no person", async () => {
    const lines: string[] = [];
    const { app } = createApp({
      store: createInMemoryEventStore(),
      auth: {
        verify: async (token) =>
          token === "good"
            ? E.right({ organisationId: "gm0114", role: "municipality", person: "J. de Vries" })
            : E.left({ reason: "no" }),
      },
      logger: pino({ level: "info" }, { write: (line: string) => lines.push(line) }),
      rateLimit: false,
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const seen = await fetch(`${url}/agreements/x/events?limit=2`, {
        headers: { authorization: "Bearer good", "x-request-id": "trace-1" },
      });
      expect(seen.status).toBe(404);
      const refused = await fetch(`${url}/agreements`, { headers: { authorization: "Bearer bad" } });
      expect(refused.status).toBe(401);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const logged = lines.map(
        (l) =>
          JSON.parse(l) as {
            req: Record<string, unknown>;
            res: Record<string, unknown>;
            org?: string;
            role?: string;
          },
      );
      expect(logged).toHaveLength(2);
      expect(logged[0]?.req).toEqual({ id: "trace-1", method: "GET", url: "/agreements/x/events?limit=2" });
      expect(logged[0]?.res).toEqual({ statusCode: 404 });
      expect([logged[0]?.org, logged[0]?.role]).toEqual(["gm0114", "municipality"]);
      expect(logged[1]?.req.id).toBe(refused.headers.get("x-request-id"));
      expect(logged[1]?.res).toEqual({ statusCode: 401 });
      const text = lines.join("");
      expect(text).not.toContain("Bearer");
      expect(text).not.toContain("J. de Vries");
    } finally {
      server.close();
    }
  });
});
