import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { EventStore } from "@grant-ledger/event-store";
import { createTokenVerifier } from "@grant-ledger/tokens";
import type { Logger } from "pino";
import { pino } from "pino";
import { createApp } from "../app/createApp";
import type { ServiceConfig } from "../config/config";
import { openServiceStore } from "./openServiceStore";

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  readonly store: EventStore;
  /** Stops accepting, lets in-flight requests finish, then closes the store. */
  close(): Promise<void>;
}

/** How long in-flight requests get after SIGTERM before their connections are cut. */
const DRAIN_MS = 10_000;

/**
 * Opens the store, builds the app and listens. A command in flight when `close` is called
 * runs to its end: its append is one transaction, so it is recorded whole or not at all.
 */
export const startServer = async (
  config: ServiceConfig,
  options: { readonly logger?: Logger; readonly store?: EventStore } = {},
): Promise<RunningServer> => {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const store = options.store ?? (await openServiceStore(config.store));
  let ready = true;
  const verify = await createTokenVerifier({
    key: config.tokenKey,
    issuer: config.issuer,
    audience: config.audience,
  });
  const { app } = createApp({
    store,
    auth: { verify },
    logger,
    bodyLimit: config.bodyLimit,
    rateLimit:
      config.rateLimitPerMinute === 0 ? false : { limit: config.rateLimitPerMinute, windowMs: 60_000 },
    corsOrigins: config.corsOrigins,
    ...(config.trailPageCacheMiB === undefined
      ? {}
      : { trailPageBytes: config.trailPageCacheMiB * 1024 * 1024 }),
    ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    isReady: () => ready,
    ...(config.checkpointKeyPem === undefined ? {} : { checkpointKeyPem: config.checkpointKeyPem }),
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) =>
      error === undefined ? resolve(s) : reject(error),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      ready = false;
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
      await drained;
      clearTimeout(timer);
      await store.close();
    })();
    return closing;
  };
  return { url: `http://${host}:${address.port}`, server, store, close };
};
