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
export {
  type Finding,
  type FindingCode,
  type FindingValues,
  type FindingWords,
  type ShiftValues,
  wordFindings,
} from "./findings/finding";
export { type FindingFormats, englishFindingWords } from "./findings/english";
