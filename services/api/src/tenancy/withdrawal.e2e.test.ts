import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AGREEMENT, DEMO_PERSONAS } from "../demo/personas";
import type { OpenApiDocument } from "../openapi/document";
import { responseChecker } from "../testing/openApiCheck";
import { type ServiceUnderTest, serviceUnderTest } from "../testing/serviceUnderTest";
import { GRANTS_STREAM, WITHDRAWAL_EVENT } from "./grantEvents";

let s: ServiceUnderTest;
let check: ReturnType<typeof responseChecker>;
const A = `/agreements/${DEMO_AGREEMENT}`;

const call = async (method: string, path: string, init: Parameters<ServiceUnderTest["fetch"]>[1] = {}) => {
  const response = await s.fetch(path, { ...init, method });
  expect(await check(method, `${s.url}${path}`, response), `${method} ${path} ${response.status}`).toEqual(
    [],
  );
  return response;
};

beforeAll(async () => {
  s = await serviceUnderTest();
  check = responseChecker((await (await fetch(`${s.url}/openapi.json`)).json()) as OpenApiDocument);
});
afterAll(() => s.close());

describe("withdrawing an auditor's grant", () => {
  it("is recorded, and the auditor sees nothing of the agreement from the next request on", async () => {
    const officer = s.tokens["municipality-officer"];
    const auditor = s.tokens.auditor;
    const reads = [A, `${A}/events`, `${A}/reports/register`, `${A}/verify`];
    for (const path of reads) expect((await call("GET", path, { token: auditor })).status, path).toBe(200);
    const before = await s.eventCount();
    const withdrawal = {
      token: officer,
      json: { reason: "audit finished" },
      headers: { "idempotency-key": "w-1" },
    };
    const path = `${A}/auditor-grants/${DEMO_PERSONAS.auditor.organisationId}/withdrawal`;
    const withdrawn = await call("POST", path, withdrawal);
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200);
    expect(await s.eventCount()).toBe(before + 1);
    for (const path of reads) expect((await call("GET", path, { token: auditor })).status, path).toBe(404);
    const list = (await (await call("GET", "/agreements", { token: auditor })).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
    // The same key and terms: the first answer again, nothing recorded; other terms: 422.
    const again = await call("POST", path, withdrawal);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await withdrawn.json());
    const reused = await call("POST", path, { ...withdrawal, json: { reason: "something else" } });
    expect(reused.status).toBe(422);
    // Nothing left to withdraw: 409 with the tag; the recorded event names who, when and why.
    const twice = await call("POST", path, { token: officer, json: { reason: "again" } });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { tag: string }).tag).toBe("GrantNotHeld");
    expect(await s.eventCount()).toBe(before + 1);
    const recorded = [];
    for await (const e of s.store.readStream(GRANTS_STREAM, { direction: "backwards", maxCount: 1 }))
      recorded.push(e);
    expect(recorded[0]).toMatchObject({
      type: WITHDRAWAL_EVENT,
      schemaVersion: 1,
      data: {
        agreementId: DEMO_AGREEMENT,
        auditorOrganisationId: "auditdienst-drenthe",
        reason: "audit finished",
      },
      metadata: { actor: { organisationId: "gm0114", role: "municipality" } },
    });
    // A new grant gives access again.
    const regranted = await call("POST", `${A}/auditor-grants`, {
      token: officer,
      json: { auditorOrganisationId: "auditdienst-drenthe", reason: "follow-up audit" },
    });
    expect(regranted.status).toBe(201);
    expect((await call("GET", A, { token: auditor })).status).toBe(200);
  });

  it("is the municipality's: others are refused and nothing is recorded", async () => {
    const path = `${A}/auditor-grants/auditdienst-drenthe/withdrawal`;
    const before = await s.eventCount();
    for (const [name, status] of [
      ["provider-planner", 403],
      ["auditor", 403],
      ["other-municipality-officer", 404],
    ] as const) {
      const res = await call("POST", path, { token: s.tokens[name], json: { reason: "no" } });
      expect(res.status, name).toBe(status);
    }
    expect((await call("POST", path, { token: s.tokens.alderman, json: {} })).status).toBe(400);
    expect(await s.eventCount()).toBe(before);
  });
});
