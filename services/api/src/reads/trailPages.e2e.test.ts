import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT, DEMO_PERSONAS } from "../demo/personas";
import type { OpenApiDocument } from "../openapi/document";
import { responseChecker } from "../testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const A = `/agreements/${DEMO_AGREEMENT}`;

const get = async (path: string, token: string, headers: Record<string, string> = {}) => {
  const response = await s.fetch(path, { token, headers });
  expect(await check("GET", `${s.url}${path}`, response), `GET ${path} ${response.status}`).toEqual([]);
  return response;
};

beforeAll(async () => {
  s = await serviceUnderTest();
  check = responseChecker((await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(() => s.close());

describe("audit-trail pages over HTTP: cached bytes, ETag, conditional GET", () => {
  it("serves a page before the head again byte for byte, 304 for its ETag, and 404 outside the tenancy", async () => {
    const path = `${A}/events?limit=2`;
    const first = await get(path, s.tokens.auditor);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("link")).toContain('rel="next"');
    const bytes = await first.text();
    const again = await get(path, s.tokens["municipality-officer"]);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(bytes);
    const held = await get(path, s.tokens.auditor, { "if-none-match": etag });
    expect(held.status).toBe(304);
    expect(held.headers.get("etag")).toBe(etag);
    expect(await held.text()).toBe("");
    // The page is cached now: tenancy is still checked first, on every request.
    const outsider = await get(path, s.tokens["other-municipality-officer"]);
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).not.toContain(etag.slice(1, -1));
    const outsiderHeld = await get(path, s.tokens["other-municipality-officer"], { "if-none-match": etag });
    expect(outsiderHeld.status).toBe(404);
    const anonymous = await s.fetch(path);
    expect(anonymous.status).toBe(401);
    // The HTML page of the same events is another representation, with its own tag.
    const html = await get(path, s.tokens.auditor, { accept: "text/html" });
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("etag")).not.toBe(etag);
  });

  it("never serves a page that ends at the head stale after a new event", async () => {
    const token = s.tokens["provider-planner"];
    const path = `${A}/events?limit=500`;
    const before = await get(path, token);
    const etag = before.headers.get("etag") as string;
    const events = ((await before.json()) as { events: unknown[]; next?: string }).events;
    expect((await get(path, token)).headers.get("etag")).toBe(etag);
    const state = await s.fetch(A, { token });
    const recorded = await s.fetch(`${A}/results`, {
      method: "POST",
      token,
      json: { period: "2007-Q4", realised: [], reach: [] },
      headers: { "if-match": state.headers.get("etag") as string },
    });
    expect(recorded.status).toBe(200);
    const after = await get(path, token, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const now = (await after.json()) as { events: { type: string }[] };
    expect(now.events.length).toBe(events.length + 1);
    expect(now.events.at(-1)?.type).toBe("ResultReported");
  });

  it("stops serving a kept page to an auditor from the request after the grant is withdrawn", async () => {
    const path = `${A}/events?limit=3`;
    const auditor = s.tokens.auditor;
    const etag = (await get(path, auditor)).headers.get("etag") as string;
    expect((await get(path, auditor, { "if-none-match": etag })).status).toBe(304);
    const withdrawn = await s.fetch(
      `${A}/auditor-grants/${DEMO_PERSONAS.auditor.organisationId}/withdrawal`,
      {
        method: "POST",
        token: s.tokens["municipality-officer"],
        json: { reason: "audit finished" },
      },
    );
    expect(withdrawn.status).toBe(200);
    expect((await get(path, auditor)).status).toBe(404);
    expect((await get(path, auditor, { "if-none-match": etag })).status).toBe(404);
    expect((await get(path, s.tokens["municipality-officer"], { "if-none-match": etag })).status).toBe(304);
  });
});
