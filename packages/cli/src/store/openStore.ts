import type { EventStore } from "@grant-ledger/event-store";

export const DEFAULT_STORE_URL = "sqlite:./data/grant-ledger.db";

/**
 * Selects an adapter by URL: `sqlite:<file>`, `memory:`, `esdb://...`, `esdb+discover://...`.
 * Each adapter package adds its branch here.
 */
export const openStore = async (url: string): Promise<EventStore> => {
  throw new Error(`unsupported store URL ${JSON.stringify(url)}: use sqlite:<file>, memory:, esdb://... or esdb+discover://...`);
};
