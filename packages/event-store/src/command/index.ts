export * from "./commandHandler";
export * from "./agreementCommandHandler";
