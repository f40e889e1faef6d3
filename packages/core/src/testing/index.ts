export * from "./builders";
export * from "./diff";
export * from "./given";
export * from "./givenView";
export * from "./fundingBuilders";
