import { verifyStore } from "@grant-ledger/event-store";
import fc from "fast-check";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";
import { COMMAND_ROUTES } from "./commandRoutes";

const A = `/agreements/${DEMO_AGREEMENT}`;
const cell = { resultArea: "6", workType: "OBW", district: "Stad" };
const person = { person: "X. Y", role: "directeur" };

/** A body each endpoint would accept, to mutate into ones it must not. */
const VALID: Record<string, Record<string, unknown>> = {
  ProposeAgreement: {
    agreementId: "prop-1",
    municipality: { id: "gm0114", name: "Emmen" },
    provider: { id: "sedna", name: "Sedna" },
    period: { start: "2008-01-01", end: "2008-12-31" },
    frameworkAgreement: "f",
    resultAreas: [{ code: "6", name: "Activering" }],
    offer: [{ position: cell, quantity: { kind: "hours", amount: "10" } }],
    expectedResults: [],
    tariffs: [],
  },
  NegotiateAgreement: { round: 2, cellChanges: [], expectedResultChanges: [] },
  SignAgreement: { party: "provider", signature: { ...person, date: "2007-05-08" } },
  RequestReallocation: {
    requestId: "p-1",
    shifts: [{ from: cell, to: { ...cell, workType: "JW" }, quantity: { kind: "hours", amount: "1" } }],
    reason: "r",
  },
  ApproveReallocation: { reason: "r" },
  RejectReallocation: { reason: "r" },
  ReportResult: { period: "2007-H2", realised: [], reach: [] },
  AmendAgreement: {
    amendmentId: "a",
    changes: [],
    expectedResultChanges: [],
    agreedBy: { municipality: person, provider: person },
    reason: "r",
  },
  CloseAgreement: { closedOn: "2007-12-31", reason: "r" },
};

const huge = fc.oneof(
  fc.string({ minLength: 2000, maxLength: 20_000 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 0.1, "9".repeat(400), "-1", "1e999", "NaN", ""),
  fc.array(fc.integer(), { minLength: 500, maxLength: 2000 }),
);
const deep = fc.integer({ min: 50, max: 400 }).map((n) => {
  let v: unknown = "x";
  for (let i = 0; i < n; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
});
const anyJson = fc.oneof(fc.jsonValue(), huge, deep);

/** Arbitrary JSON, and valid bodies with one member (at any depth) replaced or removed. */
const bodyFor = (type: string) =>
  fc.oneof(
    anyJson,
    fc
      .record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), value: fc.option(anyJson) })
      .map(({ path, value }) => {
        const copy = structuredClone(VALID[type]) as Record<string, unknown>;
        let node: Record<string, unknown> = copy;
        for (const [i, step] of path.entries()) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[step % keys.length] as string;
          const child = node[key];
          if (i === path.length - 1 || typeof child !== "object" || child === null) {
            if (value === null) delete node[key];
            else node[key] = value;
            break;
          }
          node = child as Record<string, unknown>;
        }
        return copy;
      }),
  );

let s: ServiceUnderTest;
beforeAll(async () => {
  s = await serviceUnderTest();
});
afterAll(() => s.close());

const pathOf = (path: string) => path.replace("{id}", DEMO_AGREEMENT).replace("{requestId}", "demo-2");
const tokenFor = (type: string) =>
  ["ApproveReallocation", "RejectReallocation", "AmendAgreement", "CloseAgreement"].includes(type)
    ? s.tokens.alderman
    : s.tokens["provider-planner"];

describe("arbitrary JSON to every command endpoint", () => {
  it.each(COMMAND_ROUTES.map((r) => [r.commandType, r] as const))(
    "%s: never a 5xx, nothing stored unless it succeeded, the chain still verifies",
    async (type, route) => {
      await fc.assert(
        fc.asyncProperty(bodyFor(type), async (body) => {
          const etag = (await s.fetch(A, { token: s.tokens.alderman })).headers.get("etag") as string;
          const before = await s.eventCount();
          const res = await s.fetch(pathOf(route.path), {
            method: "POST",
            token: tokenFor(type),
            json: body,
            headers: route.creates === true ? { "if-none-match": "*" } : { "if-match": etag },
          });
          const text = await res.text();
          expect(res.status, text).toBeLessThan(500);
          if (res.status >= 300) expect(await s.eventCount()).toBe(before);
          if (res.status >= 400)
            expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        }),
        { numRuns: 40 },
      );
      expect(E.isRight(await verifyStore(s.store))).toBe(true);
    },
  );
});

describe("a body that decodes but breaks a refinement", () => {
  it("is a 400 problem naming the path and the value as sent (found by the property above)", async () => {
    const etag = (await s.fetch(A, { token: s.tokens.alderman })).headers.get("etag") as string;
    const body = structuredClone(VALID.RequestReallocation) as { shifts: { quantity: { amount: string } }[] };
    (body.shifts[0] as { quantity: { amount: string } }).quantity.amount = "-1";
    const res = await s.fetch(`${A}/reallocations`, {
      method: "POST",
      token: s.tokens["provider-planner"],
      json: body,
      headers: { "if-match": etag },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { problems: unknown }).problems).toEqual([
      expect.objectContaining({ path: "shifts[0].quantity.amount", value: "-1" }),
    ]);
  });
});
