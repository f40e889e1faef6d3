import { describeProjectionCheckpointStoreContract } from "@grant-ledger/event-store/testing";
import { describe } from "vitest";
import { openEventStoreDbStore } from "../src";
import { startProtocolTestServer } from "./server/protocolTestServer";

describeProjectionCheckpointStoreContract(
  "EventStoreDB checkpoint streams on the protocol test server",
  async () => {
    const server = await startProtocolTestServer();
    const store = openEventStoreDbStore(server.connectionString);
    return {
      checkpoints: store.projectionCheckpoints,
      cleanup: async () => {
        await store.close();
        await server.stop();
      },
    };
  },
);

const realServer = process.env.EVENTSTOREDB_CONNECTION_STRING;

describe.runIf(realServer !== undefined && realServer !== "")(
  "EventStoreDB checkpoints on a real server",
  () => {
    describeProjectionCheckpointStoreContract(
      "EventStoreDB checkpoint streams on a real server",
      async () => {
        const store = openEventStoreDbStore(realServer!);
        return { checkpoints: store.projectionCheckpoints, cleanup: () => store.close() };
      },
    );
  },
);
