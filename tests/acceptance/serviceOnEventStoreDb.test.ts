import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningServer, loadConfig, startServer } from "@grant-ledger/service";
import { generateTokenKeyPair, mintToken } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ProtocolTestServer,
  startProtocolTestServer,
} from "../../packages/store-eventstoredb/test/server/protocolTestServer";

/**
 * The service on `STORE_URL=esdb://…`: against the EventStoreDB adapter's in-process protocol
 * double always, and against a real server when EVENTSTOREDB_CONNECTION_STRING names one
 * (skipped otherwise, as the adapter's own contract suite is).
 */
const real = process.env.EVENTSTOREDB_CONNECTION_STRING;
const targets: { name: string; connect: () => Promise<{ url: string; stop: () => Promise<void> }> }[] = [
  {
    name: "the protocol test double",
    connect: async () => {
      const server: ProtocolTestServer = await startProtocolTestServer();
      return { url: server.connectionString, stop: server.stop };
    },
  },
  ...(real === undefined
    ? []
    : [{ name: "EventStoreDB", connect: async () => ({ url: real, stop: async () => {} }) }]),
];

describe.each(targets)("the service on $name", (target) => {
  let running: RunningServer;
  let stop: () => Promise<void>;
  const keys = generateTokenKeyPair();
  const run = `${Date.now().toString(36)}`;
  beforeAll(async () => {
    const connected = await target.connect();
    stop = connected.stop;
    const dir = mkdtempSync(join(tmpdir(), "service-esdb-"));
    writeFileSync(join(dir, "public.pem"), keys.publicKeyPem);
    const config = loadConfig({
      PORT: "0",
      STORE_URL: connected.url,
      JWT_PUBLIC_KEY_FILE: join(dir, "public.pem"),
      RATE_LIMIT_PER_MINUTE: "0",
      LOG_LEVEL: "silent",
    });
    if (E.isLeft(config)) throw new Error(config.left);
    expect(config.right.store.kind).toBe("eventstoredb");
    running = await startServer(config.right);
  });
  afterAll(async () => {
    await running?.close();
    await stop?.();
  });

  it("records a proposal and a grant, and serves the trail and a report from it", async () => {
    const token = (organisationId: string, role: "provider" | "municipality" | "auditor") =>
      mintToken({ privateKeyPem: keys.privateKeyPem, organisationId, role, person: "T. Est" });
    const provider = await token(`p-${run}`, "provider");
    const call = (path: string, bearer: string, init: RequestInit & { json?: unknown } = {}) =>
      fetch(`${running.url}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(init.json === undefined ? {} : { "content-type": "application/json" }),
          ...(init.headers as Record<string, string> | undefined),
        },
        ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
      });
    const proposed = await call("/agreements", provider, {
      method: "POST",
      headers: { "if-none-match": "*" },
      json: {
        agreementId: "esdb-2010",
        municipality: { id: `m-${run}`, name: "Gemeente Test" },
        provider: { id: `p-${run}`, name: "Welzijn Test" },
        period: { start: "2010-01-01", end: "2010-12-31" },
        frameworkAgreement: "raamovereenkomst 2010",
        resultAreas: [{ code: "1", name: "Jeugd" }],
        offer: [
          {
            position: { resultArea: "1", workType: "JW", district: "Stad" },
            quantity: { kind: "hours", amount: "40" },
          },
        ],
        expectedResults: [],
        tariffs: [],
      },
    });
    expect(proposed.status, await proposed.clone().text()).toBe(201);
    const path = proposed.headers.get("location") as string;
    const officer = await token(`m-${run}`, "municipality");
    const granted = await call(`${path}/auditor-grants`, officer, {
      method: "POST",
      json: { auditorOrganisationId: `a-${run}`, reason: "audit" },
    });
    expect(granted.status).toBe(201);
    const auditor = await token(`a-${run}`, "auditor");
    const trail = (await (await call(`${path}/events`, auditor)).json()) as { events: { type: string }[] };
    expect(trail.events.map((e) => e.type)).toEqual(["AgreementProposed"]);
    const report = await call(`${path}/reports/offer-vs-contract`, auditor);
    expect(report.status).toBe(200);
    expect(((await report.json()) as { checkpoint: { revision: string } }).checkpoint.revision).toBe("0");
  });
});
