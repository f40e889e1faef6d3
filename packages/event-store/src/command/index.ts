export * from "./commandHandler";
