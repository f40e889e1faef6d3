import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import { type EventStore, generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import type { Principal } from "@grant-ledger/tokens";
import { mintToken } from "@grant-ledger/tokens";
import { generateTokenKeyPair } from "@grant-ledger/tokens";
import { pino } from "pino";
import type { ServiceConfig } from "../config/config";
import { DEMO_PERSONAS, type PersonaName } from "../demo/personas";
import { seedDemo } from "../demo/seedDemo";
import { type RunningServer, startServer } from "../server/startServer";
import { createGrants } from "../tenancy/grants";

export interface ServiceUnderTest {
  readonly url: string;
  readonly store: EventStore;
  readonly file: string;
  readonly running: RunningServer;
  readonly tokens: Record<PersonaName, string>;
  readonly privateKeyPem: string;
  mint(p: Principal, expires?: string): Promise<string>;
  /** The store's event count: what a refused request must leave unchanged. */
  eventCount(): Promise<number>;
  fetch(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A listening service on a fresh SQLite file (the demo year in it unless `seed: false`),
 * on a free loopback port, with tokens for the demo's people. For tests over real HTTP.
 */
export const serviceUnderTest = async (
  o: { seed?: boolean; bodyLimit?: string; trustProxy?: string } = {},
): Promise<ServiceUnderTest> => {
  const dir = mkdtempSync(join(tmpdir(), "service-"));
  const file = join(dir, "service.db");
  const keys = generateTokenKeyPair();
  const store = openSqliteEventStore({ file });
  if (o.seed !== false) await seedDemo(createAgreements({ store }), createGrants(store));
  const config: ServiceConfig = {
    port: 0,
    host: "127.0.0.1",
    store: { kind: "sqlite", file },
    tokenKey: { publicKeyPem: keys.publicKeyPem },
    issuer: "grant-ledger",
    audience: "grant-ledger-service",
    checkpointKeyPem: generateCheckpointKeyPair().privateKeyPem,
    bodyLimit: o.bodyLimit ?? "256kb",
    rateLimitPerMinute: 0,
    corsOrigins: [],
    ...(o.trustProxy === undefined ? {} : { trustProxy: o.trustProxy }),
    logLevel: "silent",
  };
  const running = await startServer(config, { store, logger: pino({ level: "silent" }) });
  // The client (undici) drops idle connections after 4 s; were the server to close first (its
  // default is 5 s, and timers run late on a loaded machine), a request sent on a connection just
  // being closed fails with ECONNRESET (seen in the full run). The server waits longer here.
  running.server.keepAliveTimeout = 60_000;
  const mint = (p: Principal, expires?: string) =>
    mintToken({ privateKeyPem: keys.privateKeyPem, ...p, ...(expires === undefined ? {} : { expires }) });
  const tokens = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_PERSONAS).map(async ([name, p]) => [name, await mint(p)] as const)),
  ) as Record<PersonaName, string>;
  return {
    url: running.url,
    store,
    file,
    running,
    tokens,
    privateKeyPem: keys.privateKeyPem,
    mint,
    eventCount: async () => {
      let n = 0;
      for await (const _ of store.readAll()) n++;
      return n;
    },
    fetch: (path, init = {}) => {
      const { token, json, headers, ...rest } = init;
      return fetch(`${running.url}${path}`, {
        ...rest,
        headers: {
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...(json === undefined ? {} : { "content-type": "application/json" }),
          ...(headers as Record<string, string> | undefined),
        },
        ...(json === undefined ? {} : { body: JSON.stringify(json) }),
      });
    },
    close: () => running.close(),
  };
};
