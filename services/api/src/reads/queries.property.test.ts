import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

const A = `/agreements/${DEMO_AGREEMENT}`;
const READS = [
  "/agreements",
  A,
  `${A}/events`,
  `${A}/cells/6%2FJW%2FStad/history`,
  `${A}/offer-vs-contract`,
  `${A}/register`,
  `${A}/realisation`,
  `${A}/verify`,
];
const NAMES = [
  "limit",
  "cursor",
  "asOf",
  "basis",
  "type",
  "actorOrganisation",
  "from",
  "to",
  "cell",
  "before",
  "period",
];

let s: ServiceUnderTest;
beforeAll(async () => {
  s = await serviceUnderTest();
});
afterAll(() => s.close());

describe("arbitrary query strings and path segments on every read", () => {
  it("never answer a 5xx, and every refusal is a problem document", async () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.integer().map(String),
      fc.constantFrom("", "-1", "1e9", "%", "[]"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...READS),
        fc.array(fc.tuple(fc.constantFrom(...NAMES), value), { maxLength: 4 }),
        async (path, pairs) => {
          const query = new URLSearchParams(pairs).toString();
          const res = await s.fetch(`${path}?${query}`, { token: s.tokens.auditor });
          const text = await res.text();
          expect(res.status, `${path}?${query}: ${text.slice(0, 200)}`).toBeLessThan(500);
          if (res.status >= 400)
            expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answer a path that is not valid percent-encoding with 400", async () => {
    const res = await s.fetch("/agreements/%E0%A4%A/events", { token: s.tokens.auditor });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { type: string }).type).toBe("urn:grant-ledger:problem:invalid-request");
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("never answer a 5xx for arbitrary agreement ids and cells", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", minLength: 1 }),
        fc.string({ unit: "binary", minLength: 1 }),
        async (id, cell) => {
          const res = await s.fetch(
            `/agreements/${encodeURIComponent(id)}/cells/${encodeURIComponent(cell)}/history`,
            { token: s.tokens["municipality-officer"] },
          );
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
