export * from "./cell";
export * from "./codec/decodeError";
export * from "./matrix";
export * from "./provenance";
export * from "./quantity";
export * from "./decider/decider";
