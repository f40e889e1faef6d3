export { describeEventStoreContract, type ContractOptions } from "./contract";
export {
  aBatch,
  anEvent,
  asAppended,
  collect,
  collector,
  newCommandId,
  newStreamId,
  type StoreFactory,
  type StoreUnderTest,
} from "./fixtures";
export {
  type CheckpointStoreUnderTest,
  describeProjectionCheckpointStoreContract,
} from "./projectionCheckpointContract";
export { describeMerkleLogContract } from "./merkleContract";
