export { type ViewEvent, agreementOfStream, viewEventOf } from "./event/viewEvent";
export {
  type Row,
  type RowReader,
  type RowSource,
  type RowView,
  type RowWrite,
  type ViewFold,
  type ViewRows,
  emptyRows,
  foldOf,
  memoryRowSource,
} from "./rows/rows";
export {
  agreementEntry,
  agreementRegister,
  agreementRegisterFold,
  listAgreements,
} from "./register/agreementRegister";
export { offerVersusContract, offerVersusContractFold } from "./offerVersusContract/offerVersusContract";
export {
  type ComparedLine,
  type ComparisonOptions,
  type OfferVersusContract,
  type ResultAreaComparison,
  compareOfferAndContract,
  contractMatrixOf,
} from "./offerVersusContract/comparison";
export type { EuroComparison, EuroLine, EuroTotal } from "./offerVersusContract/euros";
export { type HistoryStep, cellHistory, cellHistoryFold, knowsAgreement } from "./cellHistory/cellHistory";
export { historyOf } from "./cellHistory/query";
export {
  reallocationRegister,
  reallocationRegisterFold,
  pendingReallocationsOf,
  reallocationsOf,
} from "./reallocations/reallocationRegister";
export { realisation, realisationFold } from "./realisation/realisation";
export { type FrameworkRealisation, frameworkRealisationOf } from "./realisation/framework";
export {
  type ExplanationThreshold,
  FAVOURABLE_RULE,
  type Mark,
  type Realisation,
  markOf,
  planMatrixOf,
  realisationOf,
  realisedPerCellOf,
} from "./realisation/query";
export { budgetRealisationFold, budgetRealisationView } from "./budget/budgetRealisation";
export { budgetRealisationOf } from "./budget/query";
export { ALL_VIEWS, type StoreViews, storeViews } from "./persistent/storeViews";
export { type LiveUpkeep, type UpkeepRun, type ViewUpkeep, createViewUpkeep } from "./persistent/upkeep";
export type { ViewTables, ViewTransaction } from "./persistent/viewTables";
export { createMemoryViewTables } from "./persistent/memoryViewTables";
export { createSqliteViewTables } from "./persistent/sqliteViewTables";
