export * from "./chainHash";
export * from "./verify";
