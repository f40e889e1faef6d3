export * from "./cell";
export * from "./position";
