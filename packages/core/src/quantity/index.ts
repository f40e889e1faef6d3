export * from "./decimal";
export * from "./dutchNumber";
export * from "./money";
export * from "./quantity";
export * from "./unitKind";
