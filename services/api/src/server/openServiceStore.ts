import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";

/** `sqlite:<file>` (created with its directory when missing) or `memory:`. */
export const openServiceStore = (url: string): EventStore => {
  if (url === "memory:") return createInMemoryEventStore();
  const file = resolve(url.slice("sqlite:".length));
  mkdirSync(dirname(file), { recursive: true });
  return openSqliteEventStore({ file });
};
