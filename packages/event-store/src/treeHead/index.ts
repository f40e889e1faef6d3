export * from "./signStoreTreeHead";
export * from "./signTreeHead";
export { type StreamHeadsTree, readStreamHeads, streamHeadsTree } from "./streamHeads";
