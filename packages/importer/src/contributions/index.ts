export * from "./parseContributions";
