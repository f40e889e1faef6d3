import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "../demo/personas";
import type { OpenApiDocument } from "../openapi/document";
import { responseChecker } from "../testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";
import { SESSION_COOKIE } from "./sessionCookie";

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const A = `/agreements/${DEMO_AGREEMENT}`;

const call = async (method: string, path: string, init: Parameters<ServiceUnderTest["fetch"]>[1] = {}) => {
  const response = await s.fetch(path, { ...init, method, redirect: "manual" });
  expect(await check(method, `${s.url}${path}`, response), `${method} ${path} ${response.status}`).toEqual(
    [],
  );
  return response;
};

const login = (token: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  call("POST", "/login", {
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ token, next: `${A}/events`, ...extra }).toString(),
  });

beforeAll(async () => {
  s = await serviceUnderTest();
  check = responseChecker((await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(() => s.close());

describe("logging a browser in", () => {
  it("turns a verified token into an HttpOnly, SameSite=Strict cookie that reads but never commands", async () => {
    const page = await call("GET", `/login?next=${encodeURIComponent(`${A}/events`)}`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain(`value="${A}/events"`);
    const res = await login(s.tokens.auditor, {}, { "sec-fetch-site": "same-origin", origin: s.url });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${A}/events`);
    const cookie = res.headers.get("set-cookie") as string;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; Secure whenever the request came over https
    expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeGreaterThan(0);
    const session = { cookie: cookie.split(";")[0] as string };
    expect((await call("GET", `${A}/events`, { headers: { ...session, accept: "text/html" } })).status).toBe(
      200,
    );
    expect((await call("GET", `${A}/reports/register?format=html`, { headers: session })).status).toBe(200);
    // A command with the cookie alone is unauthenticated: commands need the bearer header.
    const before = await s.eventCount();
    const officer = await login(s.tokens["municipality-officer"]);
    const officerSession = { cookie: (officer.headers.get("set-cookie") as string).split(";")[0] as string };
    const closing = await call("POST", `${A}/closing`, {
      headers: { ...officerSession, "if-match": '"6"' },
      json: { closedOn: "2007-12-31", reason: "csrf" },
    });
    expect(closing.status).toBe(401);
    const grant = await call("POST", `${A}/auditor-grants`, {
      headers: officerSession,
      json: { auditorOrganisationId: "csrf-audit", reason: "csrf" },
    });
    expect(grant.status).toBe(401);
    expect(await s.eventCount()).toBe(before);
    const out = await call("POST", "/logout");
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(
      new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`),
    );
  });

  it("marks the cookie Secure when the request came over https (through a trusted proxy)", async () => {
    const behindProxy = await serviceUnderTest({ seed: false, trustProxy: "loopback" });
    try {
      const res = await fetch(`${behindProxy.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-proto": "https" },
        body: new URLSearchParams({ token: behindProxy.tokens.auditor }).toString(),
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
    // Without a trusted proxy the same header is the client's say-so: not believed.
    const direct = await login(s.tokens.auditor, {}, { "x-forwarded-proto": "https" });
    expect(direct.headers.get("set-cookie")).not.toMatch(/Secure/);
  });

  it("refuses a bad token with the form again, a form from another site, and a next that leaves the service", async () => {
    const refused = await login("not-a-token");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(await refused.text()).toContain("That token was refused");
    for (const headers of <Record<string, string>[]>[
      { "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { origin: "null" },
    ]) {
      const res = await login(s.tokens.auditor, {}, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const res = await login(s.tokens.auditor, { next });
      expect(res.status, next).toBe(400);
      expect(((await res.json()) as { problems: { path: string }[] }).problems[0]?.path).toBe("next");
    }
    expect((await call("GET", "/login?next=//evil.example")).status).toBe(400);
    expect((await call("POST", "/login", { json: { token: s.tokens.auditor } })).status).toBe(415);
    // An expired token's cookie reads nothing.
    const expired = await s.mint(
      { organisationId: "auditdienst-drenthe", role: "auditor", person: "K" },
      "-1m",
    );
    expect((await call("GET", A, { headers: { cookie: `${SESSION_COOKIE}=${expired}` } })).status).toBe(401);
  });
});
