export * from "./expectation";
export * from "./inMemoryEventStore";
