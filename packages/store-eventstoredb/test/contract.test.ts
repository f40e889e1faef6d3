import {
  CONTRACT_STREAM_PREFIX,
  describeEventStoreContract,
  describeMerkleLogContract,
} from "@grant-ledger/event-store/testing";
import { describe } from "vitest";
import { openEventStoreDbStore } from "../src";
import { startProtocolTestServer } from "./server/protocolTestServer";

const fastResubscribe = { initialDelayMs: 5, maxDelayMs: 50, maxAttempts: 5 };

/** A store on a fresh protocol double: each store's first `$all` scan stays small. */
const onFreshDouble = (pageSize: number) => async () => {
  const server = await startProtocolTestServer();
  const store = openEventStoreDbStore(server.connectionString, {
    resubscribe: fastResubscribe,
    pageSize,
    streamPrefixes: [CONTRACT_STREAM_PREFIX],
  });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await server.stop();
    },
  };
};

// Small pages, so that the large-stream test crosses several pages with fewer events.
describeEventStoreContract("EventStoreDB adapter on the protocol test server", onFreshDouble(100), {
  largeStreamSize: 450,
});

// The tree computed from `$all`: the same roots and proofs as the stores that keep one; pages
// of 7 make every catch-up cross pages.
describeMerkleLogContract("EventStoreDB adapter on the protocol test server", onFreshDouble(7));

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
