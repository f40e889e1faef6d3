import { CONTRACT_STREAM_PREFIX } from "@grant-ledger/event-store/testing";
import { afterEach } from "vitest";
import { type EventStoreDbStore, type EventStoreDbStoreOptions, openEventStoreDbStore } from "../src";
import { type ProtocolTestServer, startProtocolTestServer } from "./server/protocolTestServer";

export const fastResubscribe = { initialDelayMs: 1, maxDelayMs: 8, maxAttempts: 4 };

/**
 * A fresh protocol test server per test, with stores on it that are closed (and the server
 * stopped) after the test.
 */
export const useTestServer = () => {
  const open: { server: ProtocolTestServer; stores: EventStoreDbStore[] }[] = [];
  afterEach(async () => {
    for (const { server, stores } of open.splice(0)) {
      for (const store of stores) await store.close();
      await server.stop();
    }
  });
  return async (options: EventStoreDbStoreOptions = {}) => {
    const server = await startProtocolTestServer();
    const stores: EventStoreDbStore[] = [];
    open.push({ server, stores });
    const storeOn = (more: EventStoreDbStoreOptions = {}) => {
      const store = openEventStoreDbStore(server.connectionString, {
        resubscribe: fastResubscribe,
        // The shared fixtures name their streams `contract-…`; the adapter's default is `agreement-`.
        streamPrefixes: ["agreement-", CONTRACT_STREAM_PREFIX],
        ...options,
        ...more,
      });
      stores.push(store);
      return store;
    };
    return { server, store: storeOn(), storeOn };
  };
};
