import { describeEventStoreContract } from "@grant-ledger/event-store/testing";
import { afterAll, beforeAll, describe } from "vitest";
import { openEventStoreDbStore } from "../src";
import { type ProtocolTestServer, startProtocolTestServer } from "./server/protocolTestServer";

const fastResubscribe = { initialDelayMs: 5, maxDelayMs: 50, maxAttempts: 5 };

describe("EventStoreDB adapter against the protocol test server", () => {
  let server: ProtocolTestServer;
  beforeAll(async () => {
    server = await startProtocolTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  describeEventStoreContract("EventStoreDB (protocol test server)", async () => ({
    store: openEventStoreDbStore(server.connectionString, { resubscribe: fastResubscribe }),
  }));
});

const realServer = process.env.EVENTSTOREDB_CONNECTION_STRING;

describe.runIf(realServer !== undefined && realServer !== "")(
  "EventStoreDB adapter against a real server",
  () => {
    describeEventStoreContract(
      "EventStoreDB (real server)",
      async () => ({ store: openEventStoreDbStore(realServer!, { resubscribe: fastResubscribe }) }),
      { largeStreamSize: 300 },
    );
  },
);
