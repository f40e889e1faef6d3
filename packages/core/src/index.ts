// The public API of @grant-ledger/core: what an embedder uses, named one by one (no `export *`), so
// that an internal (a decideX, a guard, the upcaster registry) is never published by accident and
// api/core.api.md shows every change of surface. Snapshots and the decided-request lookup that a
// package storing agreement state needs are on "@grant-ledger/core/persistence"; builders and
// given/when/then on "@grant-ledger/core/testing".

// The decider: commands in, events out, state folded from events.
export { agreementDecider } from "./agreement/decider";
export {
  type AgreementNotFound,
  type AgreementAlreadyExists,
  type WrongAgreement,
  type AgreementIsClosed,
  type AgreementNotSigned,
  type NegotiationClosed,
  type InvalidProposal,
  type RoundOutOfOrder,
  type StaleChange,
  type DuplicatePosition,
  type OverlappingGranularity,
  type ExpectedResultExists,
  type UnknownExpectedResult,
  type SignerNotParty,
  type PartyAlreadySigned,
  type EmptyDraft,
  type EmptyReallocation,
  type NonPositiveShift,
  type SameCell,
  type ScopeChangeNeedsAmendment,
  type UnitKindMismatch,
  type InsufficientUnits,
  type DuplicateRequestId,
  type RequestNotPending,
  type ApproverNotAuthorised,
  type FourEyesViolation,
  type ReasonRequired,
  type UnknownPosition,
  type PeriodOutsideAgreement,
  type DuplicateAmendmentId,
  type ReallocationForbidden,
  type PolicyVersionNotIncreased,
  type EmptyAmendment,
  type ActorNotParty,
  type CommandNotRecorded,
  type InvalidBudget,
  type BudgetAboveGrant,
  type GrantNotSuperseded,
  type NoBudget,
  type UnknownBudgetLine,
  type NotCostedFromHours,
  type InvalidProducts,
  type ProductsDoNotAddUp,
  type InvalidResultsFramework,
  type NoResultsFramework,
  type UnknownFrameworkItem,
  type ReachCountingMismatch,
  type ReachSplitAboveReach,
  type SatisfactionSampleTooSmall,
  type PartyNotAllowed,
  type DomainError,
  type DomainErrorTag,
  type QuantityValues,
  type ProductsProblemCode,
  type FrameworkLevel,
  type FrameworkProblemCode,
  DomainErrorTagCodec,
  DOMAIN_ERROR_TAGS,
  domainError,
} from "./agreement/errors";
export type { AgreementStatus, PendingReallocation, ReportedResult, AgreementState } from "./agreement/state";
export { type Decider, fold } from "./decider/decider";

// Commands, with their codecs and the wire form.
export {
  commandCodecs,
  type CommandType,
  COMMAND_TYPES,
  Command,
  type EncodedCommand,
  encodeCommand,
  decodeCommand,
} from "./commands/catalogue";
export {
  DecideGrant,
  RecordBudget,
  RecordContributions,
  ReportCosts,
  RequestBudgetReallocation,
  ApproveBudgetReallocation,
  RejectBudgetReallocation,
} from "./commands/funding";
export {
  ProposeAgreement,
  NegotiateAgreement,
  SignAgreement,
  AmendAgreement,
  CloseAgreement,
} from "./commands/lifecycle";
export { DescribeProducts } from "./commands/products";
export { RequestReallocation, ApproveReallocation, RejectReallocation } from "./commands/reallocation";
export { ReportResult } from "./commands/reportResult";
export { RecordResultsFramework, ReportResultsMeasurement } from "./commands/resultsFramework";

// Events, with their codecs and the stored form.
export { type DecodeProblem, decodeProblems, describeDecodeErrors } from "./codec/decodeError";
export type { JsonObject, JsonValue } from "./codec/json";
export { AgreementAmended } from "./events/agreementAmended";
export { FinalDetermination, AgreementClosed } from "./events/agreementClosed";
export { AgreementNegotiated } from "./events/agreementNegotiated";
export { AgreementProposedData, AgreementProposed } from "./events/agreementProposed";
export {
  BudgetReallocationRequested,
  BudgetReallocationApplied,
  BudgetReallocationApproved,
  BudgetReallocationRejected,
} from "./events/budgetReallocation";
export {
  eventCodecs,
  type DomainEventType,
  DOMAIN_EVENT_TYPES,
  DomainEvent,
  isDomainEventType,
} from "./events/catalogue";
export { GrantDecided, BudgetRecorded, ContributionsRecorded, CostsRealised } from "./events/funding";
export { ProductsDescribed } from "./events/products";
export {
  DecisionPolicyVersion,
  ReallocationRequested,
  ReallocationApplied,
  ReallocationApproved,
  ReallocationRejected,
} from "./events/reallocation";
export {
  OUTCOME_LABEL_MAX_LENGTH,
  OutcomeLabel,
  OutcomeCount,
  RealisedEntry,
  ReachEntry,
  ResultReportData,
  ResultReported,
} from "./events/resultReported";
export { ResultsFrameworkRecorded, ResultsMeasured } from "./events/resultsFramework";
export { type EncodedEvent, encodeEvent, decodeEvent } from "./events/serialisation";
export { PartySigned, AgreementSigned } from "./events/signing";
export {
  isIsoDateTime,
  isIsoDate,
  IsoDateTime,
  IsoDate,
  Role,
  Actor,
  CommandMetadata,
  type RecordedCommandMetadata,
  type Recorded,
  EventMetadata,
} from "./provenance/metadata";

// Evaluations: what the reallocation controls and the results framework say.
export { evaluateBudgetReallocation } from "./agreement/decide/budgetReallocation";
export { effectsOf } from "./agreement/reallocation";
export { evaluateReallocation } from "./agreement/reallocationPolicy";
export type { PolicyShift, ReallocationContext, PendingForApproval } from "./policy/context";
export { evaluate, evaluateApproval } from "./policy/evaluate";
export { type FindingFormats, englishFindingWords } from "./policy/findings/english";
export {
  Finding,
  type FindingCode,
  type FindingValues,
  type FindingWords,
  type ShiftValues,
  wordFindings,
} from "./policy/findings/finding";
export {
  PolicyVersion,
  Percent,
  PolicyCell,
  ALL_CELLS,
  CellLimit,
  ThresholdPeriod,
  AcrossResultAreas,
  FreezeWindow,
  defaultPolicy,
  ReallocationPolicy,
  type EncodedReallocationPolicy,
} from "./policy/policy";
export {
  type CumulativeTransfers,
  aboveCumulativeThreshold,
  cumulativeTransfersOf,
} from "./policy/rules/cumulativeThreshold";
export {
  periodOf,
  type TransfersSinceBaseline,
  type GrossByKind,
  noTransfers,
  withAppliedTransfer,
} from "./policy/transfers";
export { PolicyRule, VerdictOutcome, Verdict, EvaluationOutcome, Evaluation } from "./policy/verdict";
export { comparePercent, displayPercent, formatAmount, formatUnits } from "./policy/wording";
export { type NotMeasurableReason, type IndicatorVerdict, evaluateIndicator } from "./results/evaluation";
export { type UnfundedPosition, isFunded, unfundedPositions } from "./results/findings";
export { type MilestoneState, milestoneState } from "./results/milestones";
export { frameworkLevelWord, frameworkProblemText } from "./results/consistency";

// Exact quantities.
export {
  type Decimal,
  decimal,
  ZERO,
  parseDecimal,
  toDecimalString,
  add,
  subtract,
  multiply,
  negate,
  compare,
  equals,
  isZero,
  isNegative,
  isPositive,
  abs,
  min,
  max,
  sum,
  round,
  percentOf,
  quotient,
} from "./quantity/decimal";
export {
  type NumberParseError,
  parseDutchDecimal,
  parseDutchMoney,
  parseDutchQuantity,
} from "./quantity/dutchNumber";
export {
  type Money,
  MoneyFromCents,
  NonNegativeMoney,
  cents,
  moneyToEuros,
  amountFor,
  formatEuros,
} from "./quantity/money";
export {
  DecimalFromString,
  NonNegativeDecimal,
  Quantity,
  quantity,
  formatQuantity,
  addQuantity,
  subtractQuantity,
  compareQuantity,
} from "./quantity/quantity";
export {
  type UnitKindBrand,
  UnitKind,
  unitKind,
  HOURS,
  GROUPS,
  CLIENTS,
  EUROS,
  unitKindFromWord,
} from "./quantity/unitKind";

// Cells, positions and the matrix.
export { matrixOf } from "./agreement/applyChanges";
export { CellChange, ExpectedResultChange, Shift, CellEffect } from "./agreement/changes";
export {
  type Cell,
  normaliseResultArea,
  normaliseWorkType,
  normaliseDistrict,
  cell,
  cellKey,
  sameCell,
  parseCellKey,
  CellCodec,
} from "./cell/cell";
export {
  type Position,
  type Granularity,
  granularityOf,
  GRANULARITY_ORDER,
  coarser,
  position,
  positionOfCell,
  atGranularity,
  positionKey,
  isCell,
  PositionCodec,
} from "./cell/position";
export {
  MatrixEntry,
  type Matrix,
  emptyMatrix,
  matrixFromEntries,
  matrixEntries,
  entryAt,
  setEntry,
  totalsByKind,
  type Dimension,
  totalsBy,
  granularityOfMatrix,
  rollupKey,
  rollUp,
} from "./matrix/matrix";

// The agreement's terms, funding and results framework.
export {
  NonEmptyString,
  NonNegativeInt,
  PositiveInt,
  Party,
  PARTIES,
  Organisation,
  AgreementPeriod,
  ResultArea,
  WorkTypeCode,
  ExpectedResult,
  Tariff,
  Signature,
  Representative,
} from "./agreement/terms";
export {
  BudgetGroup,
  AboveGrant,
  BudgetPolicy,
  BudgetPolicyInput,
  Budget,
  type GroupTotal,
  budgetMatrix,
  groupTotals,
  totalCosts,
} from "./funding/budget";
export {
  Euros,
  BudgetGroupCode,
  BudgetLineCode,
  Factor,
  Costing,
  Presentation,
  BudgetLine,
  costingAmount,
  hourCosting,
  presented,
  BUDGET_DISTRICT,
  lineCell,
  type BudgetLineRef,
  lineRefKey,
  BudgetLineRefCodec,
  refOfCell,
  parseLineRef,
} from "./funding/budgetLine";
export { BudgetShiftInput, BudgetShift } from "./funding/budgetShift";
export {
  FundingRole,
  Lead,
  FundingParty,
  Contribution,
  Contributions,
  contributionAmount,
  totalContributions,
} from "./funding/contributions";
export { type Financing, financingOf } from "./funding/financing";
export { GrantDecision } from "./funding/grant";
export {
  RealisedLine,
  CostReport,
  type VarianceMark,
  type Variance,
  type BudgetRealisation,
  budgetRealisation,
} from "./funding/realisation";
export type { PendingBudgetReallocation, FundingState } from "./funding/state";
export { type FundingSummary, fundingSummary } from "./funding/summary";
export { Product, productNameKey } from "./product/product";
export {
  GlobalGoal,
  Priority,
  TargetGroup,
  ContractorRole,
  ListedPartner,
  SocietalEffect,
  SubGoal,
  FrameworkResult,
  Activity,
  Effort,
  ContractorAssignment,
  ReachCounting,
  ReachCategory,
  CategoryCount,
  PlannedService,
  MilestoneKind,
  Milestone,
  ResultsFramework,
  emptyFramework,
} from "./results/framework";
export {
  IndicatorKind,
  ReferenceMoment,
  Baseline,
  ChangeMeasure,
  ChangeBound,
  Target,
  type Comparator,
  Indicator,
} from "./results/indicator";
export {
  IndicatorMeasurement,
  RealisedReach,
  ZrmLifeDomain,
  ZrmBand,
  ZrmTransition,
  SATISFACTION_MINIMUM_N,
  SatisfactionDistribution,
  SatisfactionMean,
  EffectAggregate,
  MilestoneOutcome,
  ResultsMeasurement,
} from "./results/measurement";
export { Placement, Links } from "./results/placement";
export type { ResultsState } from "./results/state";
export { DocumentText, REMARK_MAX_LENGTH, Remark, FrameworkId } from "./results/text";
export { ToBeDetermined, toBeDetermined, isToBeDetermined, orToBeDetermined } from "./results/undetermined";

// Calendar days and reporting periods (Europe/Amsterdam).
export { AGREEMENT_TIME_ZONE, calendarDayOf, endOfCalendarDay, fallsOnDays } from "./calendar/calendarDay";
export {
  type PeriodKind,
  ReportingPeriod,
  daysOfPeriod,
  isReportingPeriod,
  periodContaining,
  periodLiesWithin,
} from "./calendar/reportingPeriod";

// Money shifts costed as data, worded by each language (issue 15).
export { HoursOnLine, ShiftCosting } from "./funding/shiftCosting";
