export * from "./eventStore";
export * from "./merkleLog";
export * from "./unreachable";
export * from "./readBounds";
export * from "./streamHeads";
export * from "./revisionJson";
