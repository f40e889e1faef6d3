import { SignJWT, importPKCS8 } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT } from "./demo/personas";
import type { OpenApiDocument } from "./openapi/document";
import { responseChecker } from "./testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "./testing/serviceUnderTest";

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const A = `/agreements/${DEMO_AGREEMENT}`;

/** Every response of these tests is checked against the OpenAPI document the service serves. */
const call = async (method: string, path: string, init: Parameters<ServiceUnderTest["fetch"]>[1] = {}) => {
  const response = await s.fetch(path, { ...init, method });
  expect(await check(method, `${s.url}${path}`, response), `${method} ${path} ${response.status}`).toEqual(
    [],
  );
  return response;
};

const shift = (from: string, to: string, hours: string) => {
  const [fa, fw, fd] = from.split("/");
  const [ta, tw, td] = to.split("/");
  return {
    from: { resultArea: fa, workType: fw, district: fd },
    to: { resultArea: ta, workType: tw, district: td },
    quantity: { kind: "hours", amount: hours },
  };
};

const etagOf = async (token: string) => (await call("GET", A, { token })).headers.get("etag") as string;

beforeAll(async () => {
  s = await serviceUnderTest();
  const doc = (await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument;
  check = responseChecker(doc);
});
afterAll(() => s.close());

describe("reads over HTTP", () => {
  it("lists, shows with an ETag, and reads as of a revision or date", async () => {
    const list = await call("GET", "/agreements", { token: s.tokens.auditor });
    expect(
      ((await list.json()) as { items: { agreementId: string }[] }).items.map((i) => i.agreementId),
    ).toEqual([DEMO_AGREEMENT]);
    const state = await call("GET", A, { token: s.tokens["municipality-officer"] });
    const body = (await state.json()) as { status: string; streamRevision: string };
    expect(body.status).toBe("signed");
    expect(state.headers.get("etag")).toBe(`"${body.streamRevision}"`);
    const proposed = (await (await call("GET", `${A}?asOf=0`, { token: s.tokens.auditor })).json()) as {
      status: string;
    };
    expect(proposed.status).toBe("proposed");
    const effective = await call(
      "GET",
      `${A}?asOf=${new Date().toISOString().slice(0, 10)}&basis=effective`,
      { token: s.tokens.auditor },
    );
    expect(effective.status).toBe(200);
    const before = await call("GET", `${A}?asOf=1999-01-01`, { token: s.tokens.auditor });
    expect(before.status).toBe(400);
    expect((await call("GET", `${A}?basis=sideways`, { token: s.tokens.auditor })).status).toBe(400);
  });

  it("pages the audit trail with an opaque cursor and Link rel=next, and filters it", async () => {
    const first = await call("GET", `${A}/events?limit=3`, { token: s.tokens.auditor });
    const page = (await first.json()) as { events: { revision: string; type: string }[]; next: string };
    expect(page.events.map((e) => e.revision)).toEqual(["0", "1", "2"]);
    const link = first.headers.get("link") as string;
    expect(link).toMatch(/rel="next"/);
    const nextPath = link.slice(1, link.indexOf(">"));
    const second = (await (await call("GET", nextPath, { token: s.tokens.auditor })).json()) as typeof page;
    expect(second.events[0]?.revision).toBe("3");
    const applied = (await (
      await call("GET", `${A}/events?type=ReallocationApplied,ReallocationApproved`, {
        token: s.tokens.auditor,
      })
    ).json()) as typeof page;
    expect(applied.events.map((e) => e.type)).toEqual(["ReallocationApplied", "ReallocationApproved"]);
    const byProvider = (await (
      await call("GET", `${A}/events?actorOrganisation=sedna`, { token: s.tokens.auditor })
    ).json()) as typeof page;
    expect(byProvider.events.length).toBeGreaterThan(0);
    const cell = (await (
      await call("GET", `${A}/events?cell=${encodeURIComponent("6/JW/Stad")}`, { token: s.tokens.auditor })
    ).json()) as typeof page;
    expect(cell.events.map((e) => e.type)).toContain("ReallocationApplied");
    expect(cell.events.map((e) => e.type)).not.toContain("ReallocationApproved");
    const future = (await (
      await call("GET", `${A}/events?from=2999-01-01`, { token: s.tokens.auditor })
    ).json()) as typeof page;
    expect(future.events).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const upToToday = (await (
      await call("GET", `${A}/events?to=${today}`, { token: s.tokens.auditor })
    ).json()) as typeof page;
    expect(upToToday.events.length).toBeGreaterThan(3);
    expect((await call("GET", `${A}/events?cursor=bm9wZQ`, { token: s.tokens.auditor })).status).toBe(400);
    expect((await call("GET", `${A}/events?from=yesterday`, { token: s.tokens.auditor })).status).toBe(400);
  });

  it("serves the audit trail as an HTML page for Accept: text/html, escaped and without external resources", async () => {
    const page = await call("GET", `${A}/events`, {
      token: s.tokens.auditor,
      headers: { accept: "text/html" },
    });
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("Audit trail of emmen-sedna-2007");
    expect(html).toContain("ReallocationApproved");
    expect(html).toContain("M. Thalens-Kolker");
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toContain("<script");
  });

  it("serves the views: cell history, offer vs contract, register, realisation", async () => {
    const history = (await (
      await call("GET", `${A}/cells/${encodeURIComponent("6/JW/Stad")}/history`, { token: s.tokens.auditor })
    ).json()) as { entries: { type: string }[] };
    expect(history.entries.map((e) => e.type)).toContain("ReallocationApplied");
    expect(
      (await call("GET", `${A}/cells/${encodeURIComponent("6//")}/history`, { token: s.tokens.auditor }))
        .status,
    ).toBe(400);
    expect((await call("GET", `${A}/offer-vs-contract`, { token: s.tokens.auditor })).status).toBe(200);
    const register = (await (await call("GET", `${A}/register`, { token: s.tokens.auditor })).json()) as {
      entries: { requestId: string }[];
    };
    expect(register.entries.map((e) => e.requestId)).toEqual(["demo-1", "demo-2"]);
    const realised = (await (
      await call("GET", `${A}/realisation?period=2007-H1`, { token: s.tokens.auditor })
    ).json()) as { periods: { period: string }[] };
    expect(realised.periods.map((p) => p.period)).toEqual(["2007-H1"]);
    expect((await call("GET", `${A}/realisation?period=2007-H3`, { token: s.tokens.auditor })).status).toBe(
      400,
    );
  });

  it("verifies the chain and signs a checkpoint", async () => {
    const verified = (await (await call("GET", `${A}/verify`, { token: s.tokens.auditor })).json()) as {
      intact: boolean;
    };
    expect(verified.intact).toBe(true);
    const checkpoint = (await (
      await call("GET", "/checkpoints/latest", { token: s.tokens.auditor })
    ).json()) as { treeSize: string; note: string };
    expect(Number(checkpoint.treeSize)).toBe(await s.eventCount());
    expect(checkpoint.note).toContain("grant-ledger");
  });

  it("dry-runs shifts and records nothing", async () => {
    const before = await s.eventCount();
    const res = await call("POST", `${A}/controls/dry-run`, {
      token: s.tokens.auditor,
      json: { shifts: [shift("3/OBW/Blokken", "2/JW/Blokken", "10")] },
    });
    const body = (await res.json()) as { outcome: string; verdicts: { rule: string }[] };
    expect(body.outcome).toBe("needs-approval");
    expect(body.verdicts.length).toBeGreaterThan(2);
    const tooMuch = await call("POST", `${A}/controls/dry-run`, {
      token: s.tokens.auditor,
      json: { shifts: [shift("6/OBW/Stad", "6/JW/Stad", "999999")] },
    });
    expect(((await tooMuch.json()) as { outcome: string }).outcome).toBe("forbidden");
    expect(await s.eventCount()).toBe(before);
  });
});

describe("commands over HTTP", () => {
  it("requests a reallocation with If-Match; a repeated Idempotency-Key replays it and records nothing", async () => {
    const token = s.tokens["provider-planner"];
    const etag = await etagOf(token);
    const body = {
      requestId: "http-1",
      shifts: [shift("6/OBW/Stad", "6/JW/Stad", "5")],
      reason: "more youth work",
    };
    const first = await call("POST", `${A}/reallocations`, {
      token,
      json: body,
      headers: { "if-match": etag, "idempotency-key": "key-http-1" },
    });
    expect(first.status).toBe(200);
    const recorded = (await first.json()) as {
      events: { type: string }[];
      etag: string;
      evaluation: { outcome: string };
    };
    expect(recorded.events.map((e) => e.type)).toEqual(["ReallocationApplied"]);
    expect(first.headers.get("etag")).toBe(recorded.etag);
    const count = await s.eventCount();
    const again = await call("POST", `${A}/reallocations`, {
      token,
      json: body,
      headers: { "if-match": etag, "idempotency-key": "key-http-1" },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(recorded);
    expect(await s.eventCount()).toBe(count);
    const other = await call("POST", `${A}/reallocations`, {
      token,
      json: { ...body, reason: "another reason" },
      headers: { "if-match": recorded.etag, "idempotency-key": "key-http-1" },
    });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { type: string }).type).toBe(
      "urn:grant-ledger:problem:idempotency-key-reused",
    );
    expect(await s.eventCount()).toBe(count);
  });

  it("approves a pending request as the municipality; four eyes and the roles are the rules", async () => {
    const provider = s.tokens["provider-planner"];
    const requested = await call("POST", `${A}/reallocations`, {
      token: provider,
      json: {
        requestId: "http-2",
        shifts: [shift("3/OBW/Blokken", "2/JW/Blokken", "10")],
        reason: "waiting list",
      },
      headers: { "if-match": await etagOf(provider) },
    });
    const pending = (await requested.json()) as { evaluation: { outcome: string }; etag: string };
    expect(pending.evaluation.outcome).toBe("needs-approval");
    const byProvider = await call("POST", `${A}/reallocations/http-2/approval`, {
      token: provider,
      json: { reason: "self-approval" },
      headers: { "if-match": pending.etag },
    });
    expect(byProvider.status).toBe(403);
    expect(((await byProvider.json()) as { rule: string }).rule).toBe(
      "the municipality approves reallocations",
    );
    const approved = await call("POST", `${A}/reallocations/http-2/approval`, {
      token: s.tokens.alderman,
      json: { reason: "fits the goals" },
      headers: { "if-match": pending.etag },
    });
    expect(approved.status).toBe(200);
    const twice = await call("POST", `${A}/reallocations/http-2/rejection`, {
      token: s.tokens.alderman,
      json: { reason: "changed my mind" },
      headers: { "if-match": approved.headers.get("etag") as string },
    });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { tag: string }).tag).toBe("RequestNotPending");
  });

  it("refuses a forbidden reallocation with the policy's verdicts, and insufficient units", async () => {
    const token = s.tokens["provider-planner"];
    const res = await call("POST", `${A}/reallocations`, {
      token,
      json: { requestId: "http-3", shifts: [shift("6/OBW/Stad", "6/JW/Stad", "99999")], reason: "too much" },
      headers: { "if-match": await etagOf(token) },
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { tag: string; verdicts?: unknown[] };
    expect(problem.tag).toMatch(/InsufficientUnits|ReallocationForbidden/);
  });

  it("answers 428 without If-Match, 412 with a stale one, 415 for another media type, 400 for bad JSON, 413 for a huge body", async () => {
    const token = s.tokens["provider-planner"];
    const body = { requestId: "http-4", shifts: [shift("6/OBW/Stad", "6/JW/Stad", "1")], reason: "r" };
    const before = await s.eventCount();
    expect((await call("POST", `${A}/reallocations`, { token, json: body })).status).toBe(428);
    const stale = await call("POST", `${A}/reallocations`, {
      token,
      json: body,
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { currentEtag: string }).currentEtag).toBe(await etagOf(token));
    expect(
      (await call("POST", `${A}/reallocations`, { token, json: body, headers: { "if-match": 'W/"1"' } }))
        .status,
    ).toBe(412);
    const text = await call("POST", `${A}/reallocations`, {
      token,
      body: "requestId=x",
      headers: { "content-type": "application/x-www-form-urlencoded", "if-match": '"1"' },
    });
    expect(text.status).toBe(415);
    const malformed = await call("POST", `${A}/reallocations`, {
      token,
      body: '{"requestId": ',
      headers: { "content-type": "application/json", "if-match": '"1"' },
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { type: string }).type).toBe(
      "urn:grant-ledger:problem:malformed-json",
    );
    const huge = await call("POST", `${A}/reallocations`, {
      token,
      json: { ...body, reason: "x".repeat(400_000) },
      headers: { "if-match": '"1"' },
    });
    expect(huge.status).toBe(413);
    expect(await s.eventCount()).toBe(before);
  });

  it("takes the actor from the token, never from the body", async () => {
    const token = s.tokens["provider-planner"];
    const res = await call("POST", `${A}/results`, {
      token,
      json: {
        period: "2007-Q3",
        realised: [],
        reach: [],
        actor: { organisationId: "gm0114", role: "municipality", person: "Mallory" },
      },
      headers: { "if-match": await etagOf(token) },
    });
    expect(res.status).toBe(200);
    const trail = (await (await call("GET", `${A}/events?type=ResultReported`, { token })).json()) as {
      events: { metadata: { actor: unknown } }[];
    };
    expect(trail.events.at(-1)?.metadata.actor).toEqual({
      organisationId: "sedna",
      role: "provider",
      person: "A. Bakker",
    });
  });

  it("proposes a new agreement with If-None-Match: *, and the municipality grants an auditor", async () => {
    const provider = await s.mint({ organisationId: "welzijn-west", role: "provider", person: "R. Jansen" });
    const proposal = {
      agreementId: "west-2008",
      municipality: { id: "gm0109", name: "Gemeente Coevorden" },
      provider: { id: "welzijn-west", name: "Welzijn West" },
      period: { start: "2008-01-01", end: "2008-12-31" },
      frameworkAgreement: "raamovereenkomst 2008",
      resultAreas: [{ code: "1", name: "Jeugd" }],
      offer: [
        {
          position: { resultArea: "1", workType: "JW", district: "Stad" },
          quantity: { kind: "hours", amount: "100" },
        },
      ],
      expectedResults: [],
      tariffs: [],
    };
    const unconditional = await call("POST", "/agreements", { token: provider, json: proposal });
    expect(unconditional.status, await unconditional.clone().text()).toBe(428);
    const forOther = await call("POST", "/agreements", {
      token: provider,
      json: { ...proposal, provider: { id: "sedna", name: "Sedna" } },
      headers: { "if-none-match": "*" },
    });
    expect(forOther.status).toBe(403);
    expect(((await forOther.json()) as { tag: string }).tag).toBe("ActorNotParty");
    const created = await call("POST", "/agreements", {
      token: provider,
      json: proposal,
      headers: { "if-none-match": "*" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/agreements/west-2008%40welzijn-west");
    const auditor = await s.mint({ organisationId: "audit-west", role: "auditor", person: "T. Visser" });
    expect((await call("GET", "/agreements/west-2008@welzijn-west", { token: auditor })).status).toBe(404);
    const officer = s.tokens["other-municipality-officer"];
    const granted = await call("POST", "/agreements/west-2008@welzijn-west/auditor-grants", {
      token: officer,
      json: { auditorOrganisationId: "audit-west", reason: "yearly audit" },
    });
    expect(granted.status).toBe(201);
    const keyed = {
      token: officer,
      json: { auditorOrganisationId: "audit-west-2", reason: "second opinion" },
    };
    const count = await s.eventCount();
    const first = await call("POST", "/agreements/west-2008@welzijn-west/auditor-grants", {
      ...keyed,
      headers: { "idempotency-key": "g-1" },
    });
    const again = await call("POST", "/agreements/west-2008@welzijn-west/auditor-grants", {
      ...keyed,
      headers: { "idempotency-key": "g-1" },
    });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(await s.eventCount()).toBe(count + 1);
    const otherGrant = await call("POST", "/agreements/west-2008@welzijn-west/auditor-grants", {
      token: officer,
      json: { auditorOrganisationId: "audit-elsewhere", reason: "second opinion" },
      headers: { "idempotency-key": "g-1" },
    });
    expect(otherGrant.status).toBe(422);
    expect(await s.eventCount()).toBe(count + 1);
    expect((await call("GET", "/agreements/west-2008@welzijn-west", { token: auditor })).status).toBe(200);
    expect((await call("GET", A, { token: auditor })).status).toBe(404);
  });

  it("answers a proposal the same whatever exists in other tenancies: its id is scoped to the provider", async () => {
    const west = await s.mint({ organisationId: "welzijn-west", role: "provider", person: "R. Jansen" });
    const proposal = (agreementId: string, provider: string) => ({
      agreementId,
      municipality: { id: "gm0109", name: "Gemeente Coevorden" },
      provider: { id: provider, name: provider },
      period: { start: "2009-01-01", end: "2009-12-31" },
      frameworkAgreement: "raamovereenkomst 2009",
      resultAreas: [{ code: "1", name: "Jeugd" }],
      offer: [],
      expectedResults: [],
      tariffs: [],
    });
    const propose = (token: string, agreementId: string, provider: string) =>
      call("POST", "/agreements", {
        token,
        json: proposal(agreementId, provider),
        headers: { "if-none-match": "*" },
      });
    // The demo agreement's id is taken in Emmen's tenancy; a name nobody used is not.
    const taken = await propose(west, DEMO_AGREEMENT, "welzijn-west");
    const fresh = await propose(west, "never-used-2009", "welzijn-west");
    expect([taken.status, fresh.status]).toEqual([201, 201]);
    const shape = async (r: Response) => {
      const body = (await r.json()) as { agreementId: string; revision: string; events: { type: string }[] };
      return { revision: body.revision, types: body.events.map((e) => e.type), etag: r.headers.get("etag") };
    };
    expect(await shape(taken)).toEqual(await shape(fresh));
    expect(taken.headers.get("location")).toBe(`/agreements/${DEMO_AGREEMENT}%40welzijn-west`);
    // Sedna's agreement of the same name is another agreement; the original is untouched.
    const sedna = s.tokens["provider-planner"];
    const before = ((await (await call("GET", A, { token: sedna })).json()) as { streamRevision: string })
      .streamRevision;
    const same = await propose(sedna, "never-used-2009", "sedna");
    expect(same.status).toBe(201);
    expect(same.headers.get("location")).toBe("/agreements/never-used-2009%40sedna");
    expect(
      ((await (await call("GET", A, { token: sedna })).json()) as { streamRevision: string }).streamRevision,
    ).toBe(before);
    // Within your own tenancy a name is used once: the second proposal finds it (your own agreement).
    const count = await s.eventCount();
    expect((await propose(west, "never-used-2009", "welzijn-west")).status).toBe(412);
    const at = await call("POST", "/agreements", {
      token: west,
      json: proposal("x@sedna", "welzijn-west"),
      headers: { "if-none-match": "*" },
    });
    expect(at.status).toBe(400);
    expect(((await at.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)).toContain(
      "agreementId",
    );
    expect(await s.eventCount()).toBe(count);
  });
});

describe("authentication and the problem documents", () => {
  const sign = async (
    claims: Record<string, unknown>,
    o: { alg?: string; iss?: string; aud?: string; exp?: number } = {},
  ) => {
    const key = await importPKCS8(s.privateKeyPem, "EdDSA");
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: o.alg ?? "EdDSA" })
      .setIssuer(o.iss ?? "grant-ledger")
      .setAudience(o.aud ?? "grant-ledger-service")
      .setIssuedAt();
    if (o.exp !== 0) jwt.setExpirationTime(o.exp ?? Math.floor(Date.now() / 1000) + 60);
    return jwt.sign(key);
  };
  const claims = { org: "gm0114", role: "municipality", person: "J. de Vries" };

  it("refuses missing, foreign, expired, mis-addressed and unsigned tokens with 401", async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ ...claims, iss: "grant-ledger", aud: "grant-ledger-service", exp: 9999999999 })).toString("base64url")}.`;
    const tokens = [
      undefined,
      "not-a-jwt",
      none,
      await sign(claims, { iss: "someone-else" }),
      await sign(claims, { aud: "another-service" }),
      await sign(claims, { exp: Math.floor(Date.now() / 1000) - 10 }),
      await sign(claims, { exp: 0 }),
      await sign({ org: "gm0114", role: "system", person: "x" }),
      await sign({ org: "gm0114", role: "municipality" }),
    ];
    for (const token of tokens) {
      const res = await call("GET", "/agreements", token === undefined ? {} : { token });
      expect(res.status, String(token)).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect((await call("GET", "/agreements", { token: await sign(claims) })).status).toBe(200);
  });

  it("answers unknown routes 404 and other methods 405, each with the request id", async () => {
    const missing = await s.fetch("/nowhere");
    expect(missing.status).toBe(404);
    const body = (await missing.json()) as { requestId: string };
    expect(body.requestId).toBe(missing.headers.get("x-request-id"));
    const method = await s.fetch("/agreements", { method: "DELETE" });
    expect(method.status).toBe(405);
    expect(method.headers.get("allow")).toBe("GET, POST");
    const given = await s.fetch("/nowhere", { headers: { "x-request-id": "trace-123" } });
    expect(((await given.json()) as { requestId: string }).requestId).toBe("trace-123");
  });

  it("serves health, readiness, the OpenAPI document and the docs page without a token", async () => {
    expect((await call("GET", "/healthz")).status).toBe(200);
    expect((await call("GET", "/readyz")).status).toBe(200);
    const docs = await call("GET", "/docs");
    const html = await docs.text();
    expect(html).toContain("/agreements/{id}/events");
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(docs.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});
