import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { EventStore } from "@grant-ledger/event-store";

export const DEFAULT_STORE_URL = "sqlite:./data/grant-ledger.db";

/**
 * Whether opening may bring a new store into being. Only `import`, `propose` and `demo` create
 * one: a mistyped path must fail, never answer "intact: 0 events" from a fresh, empty file.
 */
export type StoreAccess = "existing" | "create";

/** A store URL that names no existing store (a SQLite file that is not there). */
export interface StoreNotFound extends Error {
  readonly name: "StoreNotFound";
  readonly url: string;
  /** The absolute path looked at. */
  readonly path: string;
}
export const storeNotFound = (url: string, path: string): StoreNotFound =>
  Object.assign(new Error(`no store at ${path} (${url})`), { name: "StoreNotFound" as const, url, path });
export const isStoreNotFound = (error: unknown): error is StoreNotFound =>
  error instanceof Error && error.name === "StoreNotFound";

/**
 * Selects an adapter by URL: `sqlite:<file>`, `memory:`, `esdb://...`, `esdb+discover://...`.
 * Adapters are imported only when their URL is used: loading the EventStoreDB client (gRPC)
 * or the native SQLite module for `--help` made every command start seconds slower.
 */
export const openStore = async (url: string, access: StoreAccess = "existing"): Promise<EventStore> => {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path === "") throw new Error(`store URL ${JSON.stringify(url)} names no file: use sqlite:<file>`);
    const file = resolve(path);
    if (access === "existing" && !existsSync(file)) throw storeNotFound(url, file);
    mkdirSync(dirname(file), { recursive: true });
    const { openSqliteEventStore } = await import("@grant-ledger/store-sqlite");
    return openSqliteEventStore({ file });
  }
  // A fresh, empty store that lives as long as this process: for tests and trying things out.
  if (url === "memory:") return (await import("@grant-ledger/event-store")).createInMemoryEventStore();
  // The whole URL is the EventStoreDB connection string (TLS, certificates, cluster discovery).
  // Whether it holds events is the server's business: an empty database is a valid store.
  if (/^esdb(\+discover)?:\/\//.test(url)) {
    const { openEventStoreDbStore } = await import("@grant-ledger/store-eventstoredb");
    return openEventStoreDbStore(url);
  }
  throw new Error(
    `unsupported store URL ${JSON.stringify(url)}: use sqlite:<file>, memory:, esdb://... or esdb+discover://...`,
  );
};

/** What a creating command may do: create the default store, any other only with `--create`. */
export const creationAccess = (url: string, create: boolean | undefined): StoreAccess =>
  create === true || url === DEFAULT_STORE_URL ? "create" : "existing";
