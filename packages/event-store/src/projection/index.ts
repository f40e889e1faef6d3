export * from "./inMemoryCheckpoints";
export * from "./projection";
export * from "./runner";
export * from "./storeSummary";
