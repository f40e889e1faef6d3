export * from "./context";
export * from "./evaluate";
export * from "./policy";
export * from "./simulation";
export * from "./transfers";
export {
  type CumulativeTransfers,
  aboveCumulativeThreshold,
  cumulativeTransfers,
  cumulativeTransfersOf,
} from "./rules/cumulativeThreshold";
export * from "./verdict";
export { comparePercent, displayPercent, formatAmount, formatUnits } from "./wording";
