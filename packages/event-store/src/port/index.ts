export * from "./eventStore";
export * from "./merkleLog";
