export * from "./canonicalJson";
export * from "./chainHash";
export * from "./verify";
export * from "./storedEvent";
