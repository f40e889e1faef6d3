import { describeSnapshotStoreContract } from "../testing/snapshotContract";
import { createInMemorySnapshotStore } from "./inMemorySnapshotStore";

describeSnapshotStoreContract("in memory", async () => ({ snapshots: createInMemorySnapshotStore() }));
