export * from "./checkResultArea";
export * from "./entries";
export * from "./parseResultArea";
export * from "./resultAreaTable";
