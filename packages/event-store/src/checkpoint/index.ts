export * from "./checkpoint";
export * from "./codec";
export * from "./errors";
export * from "./keys";
export { scanScope, storeDigestStep, type ScopeHead } from "./scan";
export * from "./sign";
export * from "./treeCheckpoint";
export * from "./upgrade";
