export * from "./port";
export * from "./chain";
export * from "./memory";
export * from "./subscription";
