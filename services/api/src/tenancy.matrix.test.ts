import type { Principal } from "@grant-ledger/tokens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT, DEMO_PERSONAS } from "./demo/personas";
import { type ServiceUnderTest, serviceUnderTest } from "./testing/serviceUnderTest";

/**
 * The role × tenant × endpoint matrix: every cell asserted, its status and, where refused,
 * that the store holds no new event.
 */
const A = `/agreements/${DEMO_AGREEMENT}`;

interface Caller {
  readonly name: string;
  readonly principal: Principal;
  /** Whether the demo agreement is in this caller's tenancy. */
  readonly sees: boolean;
}

const CALLERS: readonly Caller[] = [
  { name: "own municipality", principal: DEMO_PERSONAS["municipality-officer"], sees: true },
  { name: "other municipality", principal: DEMO_PERSONAS["other-municipality-officer"], sees: false },
  { name: "party provider", principal: DEMO_PERSONAS["provider-planner"], sees: true },
  {
    name: "other provider",
    principal: { organisationId: "welzijn-oost", role: "provider", person: "B. Oost" },
    sees: false,
  },
  { name: "granted auditor", principal: DEMO_PERSONAS.auditor, sees: true },
  {
    name: "auditor without grant",
    principal: { organisationId: "audit-elders", role: "auditor", person: "C. Elders" },
    sees: false,
  },
];

const shift = {
  from: { resultArea: "6", workType: "OBW", district: "Stad" },
  to: { resultArea: "6", workType: "JW", district: "Stad" },
  quantity: { kind: "hours", amount: "1" },
};
const person = { person: "X. Y", role: "directeur" };

type Endpoint =
  | { readonly kind: "read"; readonly path: string }
  | { readonly kind: "dry-run" }
  | {
      readonly kind: "command";
      readonly path: string;
      readonly roles: readonly string[];
      readonly body: (role: string) => unknown;
    }
  | { readonly kind: "grant" }
  | { readonly kind: "withdrawal" };

const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  "GET /agreements/{id}": { kind: "read", path: A },
  "GET /agreements/{id}/events": { kind: "read", path: `${A}/events` },
  "GET /agreements/{id}/cells/{cell}/history": {
    kind: "read",
    path: `${A}/cells/${encodeURIComponent("6/JW/Stad")}/history`,
  },
  "GET /agreements/{id}/offer-vs-contract": { kind: "read", path: `${A}/offer-vs-contract` },
  "GET /agreements/{id}/register": { kind: "read", path: `${A}/register` },
  "GET /agreements/{id}/realisation": { kind: "read", path: `${A}/realisation` },
  "GET /agreements/{id}/verify": { kind: "read", path: `${A}/verify` },
  "GET /agreements/{id}/reports/{kind} (register, csv)": {
    kind: "read",
    path: `${A}/reports/register?format=csv`,
  },
  "GET /agreements/{id}/reports/{kind} (state, html)": {
    kind: "read",
    path: `${A}/reports/state?format=html`,
  },
  "GET /agreements/{id}/reports/{kind} (cell-history)": {
    kind: "read",
    path: `${A}/reports/cell-history?cell=${encodeURIComponent("6/JW/Stad")}`,
  },
  "POST /agreements/{id}/controls/dry-run": { kind: "dry-run" },
  "POST /agreements/{id}/negotiations": {
    kind: "command",
    path: `${A}/negotiations`,
    roles: ["municipality", "provider"],
    body: () => ({ round: 2, cellChanges: [], expectedResultChanges: [] }),
  },
  "POST /agreements/{id}/signatures": {
    kind: "command",
    path: `${A}/signatures`,
    roles: ["municipality", "provider"],
    body: (role) => ({
      party: role === "auditor" ? "municipality" : role,
      signature: { ...person, date: "2007-05-08" },
    }),
  },
  "POST /agreements/{id}/reallocations": {
    kind: "command",
    path: `${A}/reallocations`,
    roles: ["provider"],
    body: () => ({ requestId: "matrix-1", shifts: [shift], reason: "matrix" }),
  },
  "POST /agreements/{id}/reallocations/{requestId}/approval": {
    kind: "command",
    path: `${A}/reallocations/demo-2/approval`,
    roles: ["municipality"],
    body: () => ({ reason: "matrix" }),
  },
  "POST /agreements/{id}/reallocations/{requestId}/rejection": {
    kind: "command",
    path: `${A}/reallocations/demo-2/rejection`,
    roles: ["municipality"],
    body: () => ({ reason: "matrix" }),
  },
  "POST /agreements/{id}/results": {
    kind: "command",
    path: `${A}/results`,
    roles: ["provider"],
    body: () => ({ period: "2007-H2", realised: [], reach: [] }),
  },
  "POST /agreements/{id}/amendments": {
    kind: "command",
    path: `${A}/amendments`,
    roles: ["municipality"],
    body: () => ({
      amendmentId: "matrix-a",
      changes: [],
      expectedResultChanges: [],
      agreedBy: { municipality: person, provider: person },
      reason: "matrix",
    }),
  },
  "POST /agreements/{id}/closing": {
    kind: "command",
    path: `${A}/closing`,
    roles: ["municipality"],
    body: () => ({ closedOn: "2007-12-31", reason: "matrix" }),
  },
  "POST /agreements/{id}/auditor-grants": { kind: "grant" },
  // After the grant above (the own municipality's cells run in this order): withdraws it.
  "POST /agreements/{id}/auditor-grants/{auditorOrganisationId}/withdrawal": { kind: "withdrawal" },
};

/** What each cell must answer: visibility first (404), then the role (403), then the precondition. */
const expected = (caller: Caller, endpoint: Endpoint): number => {
  if (!caller.sees) return 404;
  switch (endpoint.kind) {
    case "read":
    case "dry-run":
      return 200;
    case "grant":
      return caller.principal.role === "municipality" ? 201 : 403;
    case "withdrawal":
      return caller.principal.role === "municipality" ? 200 : 403;
    case "command":
      // Allowed: the stale If-Match is what refuses it, proving it passed tenancy and role.
      return endpoint.roles.includes(caller.principal.role) ? 412 : 403;
  }
};

let s: ServiceUnderTest;
const tokens = new Map<string, string>();
beforeAll(async () => {
  s = await serviceUnderTest();
  for (const c of CALLERS) tokens.set(c.name, await s.mint(c.principal));
});
afterAll(() => s.close());

const request = (caller: Caller, endpoint: Endpoint): Promise<Response> => {
  const token = tokens.get(caller.name) as string;
  switch (endpoint.kind) {
    case "read":
      return s.fetch(endpoint.path, { token });
    case "dry-run":
      return s.fetch(`${A}/controls/dry-run`, { method: "POST", token, json: { shifts: [shift] } });
    case "grant":
      return s.fetch(`${A}/auditor-grants`, {
        method: "POST",
        token,
        json: { auditorOrganisationId: "matrix-audit", reason: "matrix" },
      });
    case "withdrawal":
      return s.fetch(`${A}/auditor-grants/matrix-audit/withdrawal`, {
        method: "POST",
        token,
        json: { reason: "matrix" },
      });
    case "command":
      return s.fetch(endpoint.path, {
        method: "POST",
        token,
        json: endpoint.body(caller.principal.role),
        headers: { "if-match": '"0"' },
      });
  }
};

const cells = CALLERS.flatMap((caller) =>
  Object.entries(ENDPOINTS).map(([name, endpoint]) => [caller.name, name, caller, endpoint] as const),
);

describe("role × tenant × endpoint", () => {
  it.each(cells)("%s → %s", async (_c, _e, caller, endpoint) => {
    const before = await s.eventCount();
    const res = await request(caller, endpoint);
    const status = expected(caller, endpoint);
    expect(res.status, await res.clone().text()).toBe(status);
    const records = status === 201 || (endpoint.kind === "withdrawal" && status === 200);
    expect(await s.eventCount()).toBe(records ? before + 1 : before);
    if (status === 403) expect(((await res.json()) as { rule: string }).rule).toMatch(/\w/);
  });

  it.each(CALLERS)("GET /agreements lists the demo agreement only for its tenants: $name", async (caller) => {
    const res = await s.fetch("/agreements", { token: tokens.get(caller.name) as string });
    const ids = ((await res.json()) as { items: { agreementId: string }[] }).items.map((i) => i.agreementId);
    expect(ids.includes(DEMO_AGREEMENT)).toBe(caller.sees);
  });

  it.each(CALLERS)(
    "GET /reports/agreements holds the demo agreement only for its tenants: $name",
    async (caller) => {
      const res = await s.fetch("/reports/agreements", { token: tokens.get(caller.name) as string });
      expect(res.status).toBe(200);
      expect((await res.text()).includes(DEMO_AGREEMENT)).toBe(caller.sees);
    },
  );

  it.each(CALLERS)("POST /agreements: only a provider proposes ($name)", async (caller) => {
    const before = await s.eventCount();
    const res = await s.fetch("/agreements", {
      method: "POST",
      token: tokens.get(caller.name) as string,
      json: {
        agreementId: `matrix-${caller.principal.organisationId}`,
        municipality: { id: "gm0114", name: "Gemeente Emmen" },
        provider: { id: caller.principal.organisationId, name: "x" },
        period: { start: "2008-01-01", end: "2008-12-31" },
        frameworkAgreement: "f",
        resultAreas: [{ code: "1", name: "Jeugd" }],
        offer: [],
        expectedResults: [],
        tariffs: [],
      },
    });
    // A provider passes the role check and is stopped by the missing If-None-Match.
    expect(res.status).toBe(caller.principal.role === "provider" ? 428 : 403);
    expect(await s.eventCount()).toBe(before);
  });

  it("a party signs only for itself", async () => {
    const before = await s.eventCount();
    const res = await s.fetch(`${A}/signatures`, {
      method: "POST",
      token: tokens.get("party provider") as string,
      json: { party: "municipality", signature: { ...person, date: "2007-05-08" } },
      headers: { "if-match": '"0"' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { rule: string }).rule).toContain("signs for itself");
    expect(await s.eventCount()).toBe(before);
  });
});
