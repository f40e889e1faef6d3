export * from "./metadata";
