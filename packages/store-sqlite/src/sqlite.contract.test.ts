import { join } from "node:path";
import {
  describeEventStoreContract,
  describeMerkleLogContract,
  describeProjectionCheckpointStoreContract,
} from "@grant-ledger/event-store/testing";
import { afterAll } from "vitest";
import { openSqliteEventStore } from "./sqliteEventStore";
import { tempDirectory } from "./testSupport/tempStore";

const temp = tempDirectory("contract");
afterAll(temp.cleanup);
let n = 0;

// A small page size so that every paging path is crossed by the contract's streams.
describeEventStoreContract("sqlite", async () => {
  const store = openSqliteEventStore({
    file: join(temp.dir, `contract-${n++}.db`),
    pageSize: 64,
    pollIntervalMs: 25,
  });
  return { store, cleanup: () => store.close() };
});

describeMerkleLogContract("sqlite", async () => {
  const store = openSqliteEventStore({ file: join(temp.dir, `merkle-${n++}.db`), pageSize: 64 });
  return { store, cleanup: () => store.close() };
});

describeProjectionCheckpointStoreContract("sqlite projection checkpoints", async () => {
  const store = openSqliteEventStore({ file: join(temp.dir, `checkpoints-${n++}.db`) });
  return { checkpoints: store.projectionCheckpoints, cleanup: () => store.close() };
});
