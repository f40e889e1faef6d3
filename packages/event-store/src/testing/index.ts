export { describeEventStoreContract, type ContractOptions } from "./contract";
export {
  CONTRACT_STREAM_PREFIX,
  aBatch,
  anEvent,
  asAppended,
  collect,
  collector,
  newCommandId,
  newStreamId,
  type StoreFactory,
  type StoreUnderTest,
  unwrap,
  unwrapLeft,
} from "./fixtures";
export {
  type CheckpointStoreUnderTest,
  describeProjectionCheckpointStoreContract,
} from "./projectionCheckpointContract";
export { describeMerkleLogContract } from "./merkleContract";
export { type SnapshotStoreUnderTest, describeSnapshotStoreContract } from "./snapshotContract";
