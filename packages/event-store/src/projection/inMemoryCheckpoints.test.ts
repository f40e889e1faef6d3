import { describeProjectionCheckpointStoreContract } from "../testing/projectionCheckpointContract";
import { createInMemoryProjectionCheckpoints } from "./inMemoryCheckpoints";

describeProjectionCheckpointStoreContract("in-memory", async () => ({
  checkpoints: createInMemoryProjectionCheckpoints(),
}));
