export * from "./commands";
export * from "./importAgreement";
export * from "./negotiation";
export * from "./signatures";
export * from "./decideImport";
