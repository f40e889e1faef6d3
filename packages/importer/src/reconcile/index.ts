export * from "./crossCheck";
export * from "./reconcile";
export * from "./report";
export * from "./totals";
