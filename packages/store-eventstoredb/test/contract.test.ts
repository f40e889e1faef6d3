import {
  CONTRACT_STREAM_PREFIX,
  describeEventStoreContract,
  describeMerkleLogContract,
} from "@grant-ledger/event-store/testing";
import { describe } from "vitest";
import { openEventStoreDbStore } from "../src";
import { startProtocolTestServer } from "./server/protocolTestServer";

const fastResubscribe = { initialDelayMs: 5, maxDelayMs: 50, maxAttempts: 5 };

// A fresh double per test keeps each store's first `$all` scan small. The page size is
// small so that the large-stream test crosses several pages with fewer events.
describeEventStoreContract(
  "EventStoreDB adapter on the protocol test server",
  async () => {
    const server = await startProtocolTestServer();
    const store = openEventStoreDbStore(server.connectionString, {
      resubscribe: fastResubscribe,
      pageSize: 100,
      streamPrefixes: [CONTRACT_STREAM_PREFIX],
    });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await server.stop();
      },
    };
  },
  { largeStreamSize: 450 },
);

// The tree computed from `$all`: the same roots and proofs as the stores that keep one.
describeMerkleLogContract("EventStoreDB adapter on the protocol test server", async () => {
  const server = await startProtocolTestServer();
  const store = openEventStoreDbStore(server.connectionString, {
    resubscribe: fastResubscribe,
    pageSize: 7,
    streamPrefixes: [CONTRACT_STREAM_PREFIX],
  });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await server.stop();
    },
  };
});

const realServer = process.env.EVENTSTOREDB_CONNECTION_STRING;

describe.runIf(realServer !== undefined && realServer !== "")(
  "EventStoreDB adapter against a real server",
  () => {
    describeEventStoreContract("EventStoreDB adapter on a real server", async () => ({
      store: openEventStoreDbStore(realServer!, {
        resubscribe: fastResubscribe,
        streamPrefixes: [CONTRACT_STREAM_PREFIX],
      }),
    }));
  },
);
