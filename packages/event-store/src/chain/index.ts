export * from "./canonicalJson";
export * from "./chainHash";
export * from "./verify";
