import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { isEventStoreDbUrl, openEventStoreDbStore } from "@grant-ledger/store-eventstoredb";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";

export const DEFAULT_STORE_URL = "sqlite:./data/grant-ledger.db";

/**
 * Selects an adapter by URL: `sqlite:<file>`, `memory:`, `esdb://...`, `esdb+discover://...`.
 * Each adapter package adds its branch here.
 */
export const openStore = async (url: string): Promise<EventStore> => {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path === "") throw new Error(`store URL ${JSON.stringify(url)} names no file: use sqlite:<file>`);
    const file = resolve(path);
    mkdirSync(dirname(file), { recursive: true });
    return openSqliteEventStore({ file });
  }
  // A fresh, empty store that lives as long as this process: for tests and trying things out.
  if (url === "memory:") return createInMemoryEventStore();
  // The whole URL is the EventStoreDB connection string (TLS, certificates, cluster discovery).
  if (isEventStoreDbUrl(url)) return openEventStoreDbStore(url);
  throw new Error(
    `unsupported store URL ${JSON.stringify(url)}: use sqlite:<file>, memory:, esdb://... or esdb+discover://...`,
  );
};
