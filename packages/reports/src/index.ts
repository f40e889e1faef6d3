export {
  AS_OF_BASES,
  type AsOfBasis,
  type AsOfStamp,
  type Checkpoint,
  type MatrixCell,
  REPORT_FORMAT,
  REPORT_KINDS,
  type ReportDocument,
  type ReportKind,
  isReportKind,
} from "./document/document";
export type { ReportRequest } from "./document/produce";
export type { ReportError } from "./kinds/kind";
export type { CsvDialect } from "./format/numbers";
export { LANGS, type Lang } from "./labels/labels";
export type { ReportFormat } from "./sign/sign";
export { type RenderOptions, type Report, produceReport } from "./render/render";
export { type Verification, verifyReport } from "./verify/verify";
export { type ReportProblem, type ReportProblemCode, describeReportProblem } from "./verify/problem";
