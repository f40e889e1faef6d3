export * from "./checkBudget";
export * from "./parseBudget";
