import { verifyReport } from "@grant-ledger/reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import type { OpenApiDocument } from "../openapi/document";
import { responseChecker } from "../testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const R = `/agreements/${DEMO_AGREEMENT}/reports`;

/** Every response is checked against the OpenAPI document the service serves. */
const get = async (path: string, token: string = s.tokens.auditor) => {
  const response = await s.fetch(path, { token });
  expect(await check("GET", `${s.url}${path}`, response), `GET ${path} ${response.status}`).toEqual([]);
  return response;
};

const problemOf = async (path: string, token?: string) => {
  const res = await get(path, token);
  return {
    status: res.status,
    body: (await res.json()) as { problems?: { path: string; value: unknown }[] },
  };
};

beforeAll(async () => {
  s = await serviceUnderTest();
  check = responseChecker((await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(() => s.close());

describe("GET /agreements/{id}/reports/{kind}", () => {
  it("serves each kind as JSON, stamped with its checkpoint and signed with the service's key", async () => {
    for (const kind of ["offer-vs-contract", "register", "realisation", "state"]) {
      const res = await get(`${R}/${kind}`);
      expect(res.status, kind).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const text = await res.text();
      const report = JSON.parse(text) as {
        kind: string;
        checkpoint: { streamId: string };
        signature: unknown;
      };
      expect(report.kind).toBe(kind);
      expect(report.checkpoint.streamId).toBe(`agreement-${DEMO_AGREEMENT}`);
      expect(report.signature).toBeDefined();
      const verified = await verifyReport(s.store, text);
      expect(verified.ok, JSON.stringify(verified)).toBe(true);
    }
    const history = await get(`${R}/cell-history?cell=${encodeURIComponent("6/JW/Stad")}&limit=2&lang=en`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as { parameters: { limit: number } }).parameters.limit).toBe(2);
    const asOf = (await (await get(`${R}/state?asOf=0`)).json()) as { asOf: { revision: string } };
    expect(asOf.asOf.revision).toBe("0");
  });

  it("serves CSV as the reports package writes it, as a download, and HTML in the language asked", async () => {
    const csv = await get(`${R}/register?format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename=${DEMO_AGREEMENT}-register.csv`,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(";");
    expect(text).toContain("\r\n");
    const international = await (await get(`${R}/state?format=csv&csvDialect=international&asOf=3`)).text();
    expect(international.charCodeAt(0)).not.toBe(0xfeff);
    const html = await get(`${R}/realisation?format=html&lang=en&period=2007-H1`);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("content-disposition")).toBeNull();
    const page = await html.text();
    expect(page).toMatch(/<html lang="en"/);
    expect(page).not.toMatch(/(src|href)="https?:/);
  });

  it("decodes every parameter: 400 naming the parameter and its value", async () => {
    const cases: [string, string, unknown][] = [
      [`${R}/register?format=pdf`, "query format", "pdf"],
      [`${R}/register?lang=de`, "query lang", "de"],
      [`${R}/register?csvDialect=excel`, "query csvDialect", "excel"],
      [`${R}/register?limit=0`, "query limit", "0"],
      [`${R}/register?limit=501`, "query limit", "501"],
      [`${R}/realisation?period=2007-H3`, "query period", "2007-H3"],
      [`${R}/realisation?period=2009-H1`, "query period", "2009-H1"],
      [`${R}/cell-history?cell=6%2F%2F`, "query cell", "6//"],
      [`${R}/cell-history?cell=${encodeURIComponent("9/XX/Nergens")}`, "query cell", "9/XX/Nergens"],
      [`${R}/cell-history`, "query cell", null],
      [`${R}/state?period=2007-H1`, "query period", "2007-H1"],
      [`${R}/state?asOf=999`, "query asOf", "999"],
      [`${R}/state?asOf=1999-01-01`, "query asOf", "1999-01-01"],
      [`${R}/state?format=json&format=csv`, "query format", ["json", "csv"]],
      [`${R}/balance`, "path kind", "balance"],
      [`${R}/agreements`, "path kind", "agreements"],
      ["/reports/agreements?asOf=3", "query asOf", "3"],
    ];
    for (const [path, name, value] of cases) {
      const { status, body } = await problemOf(path);
      expect(status, path).toBe(400);
      expect(body.problems?.find((p) => p.path === name)?.value, path).toEqual(value);
    }
  });

  it("answers 404 outside the caller's tenancy, exactly as for an agreement that does not exist", async () => {
    const outside = await problemOf(`${R}/register`, s.tokens["other-municipality-officer"]);
    const missing = await problemOf("/agreements/no-such-agreement/reports/register");
    expect(outside.status).toBe(404);
    expect(missing.status).toBe(404);
  });
});

describe("GET /reports/agreements", () => {
  it("is the register of the agreements the caller can see, and nothing of any other", async () => {
    const mine = (await (await get("/reports/agreements")).json()) as {
      body: unknown;
      checkpoint: { streamId: string };
    };
    expect(JSON.stringify(mine.body)).toContain(DEMO_AGREEMENT);
    expect(mine.checkpoint.streamId).toBe(`agreement-${DEMO_AGREEMENT}`);
    const other = await get("/reports/agreements", s.tokens["other-municipality-officer"]);
    const text = await other.text();
    expect(other.status).toBe(200);
    expect(text).not.toContain(DEMO_AGREEMENT);
    expect(text).not.toContain("gm0114");
    const csv = await get("/reports/agreements?format=csv&lang=en", s.tokens["provider-planner"]);
    expect(csv.headers.get("content-disposition")).toBe("attachment; filename=agreements.csv");
  });
});
