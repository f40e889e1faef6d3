export * from "./snapshotStore";
export { createInMemorySnapshotStore } from "./inMemorySnapshotStore";
