import { verifyReport } from "@grant-ledger/reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import type { OpenApiDocument } from "../openapi/document";
import { responseChecker } from "../testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

// A reallocation posted with an occurredAt before it was recorded: a report as of a moment in
// between counts it effective but not recorded, and its stamp says which.

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const A = `/agreements/${DEMO_AGREEMENT}`;
let between = "";

const call = async (method: string, path: string, init: Parameters<ServiceUnderTest["fetch"]>[1] = {}) => {
  const response = await s.fetch(path, { ...init, method });
  expect(await check(method, `${s.url}${path}`, response), `${method} ${path} ${response.status}`).toEqual(
    [],
  );
  return response;
};

type Stamped = {
  asOf: { basis: string; revision: string; eventsIncluded: string; eventsLeftOut: string };
  checkpoint: { revision: string };
  body: { positions: { key: string; current: string }[] };
};

beforeAll(async () => {
  s = await serviceUnderTest();
  check = responseChecker((await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument);
  // Every demo event occurred before `between`; the reallocation below took effect at it and is recorded after.
  await new Promise((resolve) => setTimeout(resolve, 5));
  between = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const token = s.tokens["provider-planner"];
  const etag = (await call("GET", A, { token })).headers.get("etag") as string;
  const cell = (district: string, workType: string) => ({ resultArea: "6", workType, district });
  const posted = await call("POST", `${A}/reallocations`, {
    token,
    headers: { "if-match": etag },
    json: {
      requestId: "late-1",
      shifts: [
        { from: cell("Stad", "OBW"), to: cell("Stad", "JW"), quantity: { kind: "hours", amount: "7" } },
      ],
      reason: "recorded late: moved on the day",
      occurredAt: between,
    },
  });
  expect(posted.status).toBe(200);
});
afterAll(() => s.close());

describe("GET /agreements/{id}/reports/{kind}?asOf=<date>&basis=recorded|effective", () => {
  it("recorded (the default) leaves out the back-dated change, effective counts it; the stamps say so and verify", async () => {
    const state = async (query: string) => {
      const res = await call("GET", `${A}/reports/state?${query}`, { token: s.tokens.auditor });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect((await verifyReport(s.store, text)).ok).toBe(true);
      const d = JSON.parse(text) as Stamped;
      return { d, jwStad: d.body.positions.find((p) => p.key === "6/JW/Stad")?.current };
    };
    const at = encodeURIComponent(between);
    const byDefault = await state(`asOf=${at}`);
    const recorded = await state(`asOf=${at}&basis=recorded`);
    const effective = await state(`asOf=${at}&basis=effective`);
    expect(byDefault.d.asOf).toEqual(recorded.d.asOf);
    expect(recorded.d.asOf).toMatchObject({ basis: "recorded", eventsLeftOut: "0" });
    expect(effective.d.asOf).toMatchObject({
      basis: "effective",
      revision: effective.d.checkpoint.revision,
      eventsLeftOut: "0",
    });
    expect(BigInt(effective.d.asOf.eventsIncluded)).toBe(BigInt(recorded.d.asOf.eventsIncluded) + 1n);
    expect(Number(effective.jwStad)).toBe(Number(recorded.jwStad) + 7);
    const csv = await call("GET", `${A}/reports/register?asOf=${at}&basis=effective&format=csv&lang=en`, {
      token: s.tokens.auditor,
    });
    // Kept with its BOM, as a download is (Response.text() would drop it).
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text).toContain("Basis;effective (occurredAt)");
    expect(text).toContain("late-1");
    expect(csv.headers.get("content-disposition")).toMatch(/-effective\.csv$/);
    const v = await verifyReport(s.store, text);
    expect(v.ok ? "" : v.problem).toBe("");
  });

  it("refuses basis without a date, with a revision, or not recorded | effective: 400 naming query basis", async () => {
    for (const [query, value] of [
      ["basis=effective", "effective"],
      ["asOf=3&basis=effective", "effective"],
      ["asOf=2007-06-30&basis=booked", "booked"],
    ] as const) {
      const res = await call("GET", `${A}/reports/state?${query}`, { token: s.tokens.auditor });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { problems: { path: string; value: unknown }[] };
      expect(body.problems[0], query).toMatchObject({ path: "query basis", value });
    }
    const register = await call("GET", "/reports/agreements?basis=effective", { token: s.tokens.auditor });
    expect(register.status).toBe(400);
  });
});
