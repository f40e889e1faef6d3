export * from "./context";
export * from "./evaluate";
export * from "./policy";
export * from "./simulation";
export * from "./transfers";
export { type CumulativeTransfers, cumulativeTransfers, periodOf } from "./rules/cumulativeThreshold";
export * from "./verdict";
export { comparePercent, formatAmount, formatUnits } from "./wording";
