export * from "./annex";
export * from "./budget";
export * from "./contributions";
export * from "./costLines";
export { checkPrintedTotals } from "./printedTotals/checkPrintedTotals";
export * from "./discrepancy/discrepancy";
export {
  FindingCode,
  type FindingValues,
  type MatrixFindingValues,
  type AnnexFindingValues,
  type MoneyFindingValues,
  type ResultsFindingValues,
  type ImportFindingFormats,
  type ImportFindingWords,
  type CodedFinding,
  type TableKind,
  wordFinding,
} from "./discrepancy/findingCode";
export { englishImportFindingWords } from "./discrepancy/findingWords.en";
export * from "./manifest";
export * from "./reconcile";
export * from "./resultArea";
export * from "./results";
export * from "./source";
export * from "./table";
export * from "./import";
