export * from "./port";
export * from "./chain";
export * from "./checkpoint";
export * from "./command";
export * from "./memory";
export * from "./projection";
export * from "./subscription";
