import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { EventStore } from "@grant-ledger/event-store";

export const DEFAULT_STORE_URL = "sqlite:./data/grant-ledger.db";

/**
 * Selects an adapter by URL: `sqlite:<file>`, `memory:`, `esdb://...`, `esdb+discover://...`.
 * Adapters are imported only when their URL is used: loading the EventStoreDB client (gRPC)
 * or the native SQLite module for `--help` made every command start seconds slower.
 */
export const openStore = async (url: string): Promise<EventStore> => {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path === "") throw new Error(`store URL ${JSON.stringify(url)} names no file: use sqlite:<file>`);
    const file = resolve(path);
    mkdirSync(dirname(file), { recursive: true });
    const { openSqliteEventStore } = await import("@grant-ledger/store-sqlite");
    return openSqliteEventStore({ file });
  }
  // A fresh, empty store that lives as long as this process: for tests and trying things out.
  if (url === "memory:") return (await import("@grant-ledger/event-store")).createInMemoryEventStore();
  // The whole URL is the EventStoreDB connection string (TLS, certificates, cluster discovery).
  if (/^esdb(\+discover)?:\/\//.test(url)) {
    const { openEventStoreDbStore } = await import("@grant-ledger/store-eventstoredb");
    return openEventStoreDbStore(url);
  }
  throw new Error(
    `unsupported store URL ${JSON.stringify(url)}: use sqlite:<file>, memory:, esdb://... or esdb+discover://...`,
  );
};
