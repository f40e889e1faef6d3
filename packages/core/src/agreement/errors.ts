import * as t from "io-ts";
import type { Verdict } from "../policy/verdict";
import type { Role } from "../provenance/metadata";
import type { AgreementStatus } from "./state";
import type { Party } from "./terms";

/**
 * Why `decide` refused a command. One variant per broken rule; every message names the
 * cell and the numbers so that it can be shown to a person as is.
 */
type Variant<Tag extends string, Extra = object> = {
  readonly _tag: Tag;
  readonly message: string;
  /** On refused reallocations: what every policy rule said, and the policy version it used. */
  readonly verdicts?: readonly Verdict[];
  readonly policyVersion?: number;
} & Readonly<Extra>;

export type AgreementNotFound = Variant<"AgreementNotFound", { agreementId: string }>;
export type AgreementAlreadyExists = Variant<"AgreementAlreadyExists", { agreementId: string }>;
export type WrongAgreement = Variant<"WrongAgreement", { expected: string; found: string }>;
export type AgreementIsClosed = Variant<"AgreementClosed", { closedOn: string }>;
export type AgreementNotSigned = Variant<"AgreementNotSigned", { status: AgreementStatus }>;
export type NegotiationClosed = Variant<"NegotiationClosed", { status: AgreementStatus }>;
/**
 * `problem` is the English account; `code` and its values say the same as data, so that a
 * caller words it in its own language (absent on problems that have no code yet).
 */
export type InvalidProposal = Variant<
  "InvalidProposal",
  {
    problem: string;
    code?:
      | { kind: "scope"; agreementId: string; scope: string; provider: string }
      | { kind: "period"; start: string; end: string }
      | { kind: "result-area-twice"; resultArea: string }
      | { kind: "expected-result-twice"; expectedResultId: string }
      | { kind: "work-type-tariffs"; workType: string };
  }
>;
export type RoundOutOfOrder = Variant<"RoundOutOfOrder", { expected: number; found: number }>;
/** A quantity as data in a refusal: its kind and exact amount (a decimal string); null is nothing. */
export type QuantityValues = { readonly kind: string; readonly amount: string } | null;
/** `stated` and `holds` are the English account; `statedQuantity` and `heldQuantity` the same as data. */
export type StaleChange = Variant<
  "StaleChange",
  {
    position: string;
    stated: string;
    holds: string;
    statedQuantity?: QuantityValues;
    heldQuantity?: QuantityValues;
  }
>;
export type DuplicatePosition = Variant<"DuplicatePosition", { position: string }>;
export type OverlappingGranularity = Variant<"OverlappingGranularity", { row: string; kind: string }>;
export type ExpectedResultExists = Variant<"ExpectedResultExists", { expectedResultId: string }>;
export type UnknownExpectedResult = Variant<"UnknownExpectedResult", { expectedResultId: string }>;
export type SignerNotParty = Variant<"SignerNotParty", { party: Party; role: string }>;
export type PartyAlreadySigned = Variant<"PartyAlreadySigned", { party: Party }>;
export type EmptyDraft = Variant<"EmptyDraft">;
export type EmptyReallocation = Variant<"EmptyReallocation">;
export type NonPositiveShift = Variant<"NonPositiveShift", { shift: number; amount: string }>;
export type SameCell = Variant<"SameCell", { cell: string }>;
export type ScopeChangeNeedsAmendment = Variant<"ScopeChangeNeedsAmendment", { cell: string }>;
export type UnitKindMismatch = Variant<"UnitKindMismatch", { cell: string; kind: string; cellKind: string }>;
export type InsufficientUnits = Variant<
  "InsufficientUnits",
  { cell: string; kind: string; requested: string; holds: string }
>;
export type DuplicateRequestId = Variant<"DuplicateRequestId", { requestId: string }>;
export type RequestNotPending = Variant<"RequestNotPending", { requestId: string }>;
export type ApproverNotAuthorised = Variant<"ApproverNotAuthorised", { role: string }>;
export type FourEyesViolation = Variant<
  "FourEyesViolation",
  { requestId: string; person: string; organisationId: string }
>;
/** What needed the reason, as data (`what` is its English name); absent where not coded yet. */
export type ReasonSubject =
  | { kind: "cell-change"; position: string }
  | { kind: "expected-result-change"; expectedResultId: string }
  | { kind: "closing"; agreementId: string }
  | { kind: "reallocation-request"; requestId: string }
  | { kind: "results-framework" };
export type ReasonRequired = Variant<"ReasonRequired", { what: string; subject?: ReasonSubject }>;
export type UnknownPosition = Variant<"UnknownPosition", { position: string }>;
export type PeriodOutsideAgreement = Variant<
  "PeriodOutsideAgreement",
  { period: string; start: string; end: string }
>;
export type DuplicateAmendmentId = Variant<"DuplicateAmendmentId", { amendmentId: string }>;
export type ReallocationForbidden = Variant<
  "ReallocationForbidden",
  { requestId: string; verdicts: readonly Verdict[]; policyVersion: number }
>;
export type PolicyVersionNotIncreased = Variant<
  "PolicyVersionNotIncreased",
  { current: number; proposed: number }
>;
export type EmptyAmendment = Variant<"EmptyAmendment", { amendmentId: string }>;
/**
 * The actor's organisation is not the party of the role it claims (or the role never writes:
 * auditors read). `expectedOrganisationId` is the party's organisation, null for such roles.
 */
export type ActorNotParty = Variant<
  "ActorNotParty",
  { organisationId: string; role: Role; expectedOrganisationId: string | null }
>;
/** The command reached `decide` without the ledger's `recordedAt`: nothing could judge its time. */
export type CommandNotRecorded = Variant<"CommandNotRecorded", { commandId: string }>;

/** Money: a budget, grant decision or contribution list the rules refuse. */
export type InvalidBudget = Variant<"InvalidBudget", { problem: string }>;
/** What the grant must cover exceeds its limit: the exact euros as data (see `AboveGrantFinding`). */
export type BudgetAboveGrant = Variant<
  "BudgetAboveGrant",
  {
    costs: string;
    contributions: string;
    shortfall: string;
    limit: "amount-granted" | "ceiling";
    limitAmount: string;
    reference: string;
  }
>;
export type GrantNotSuperseded = Variant<
  "GrantNotSuperseded",
  { current: string | null; supersedes: string | null }
>;
export type NoBudget = Variant<"NoBudget", { agreementId: string }>;
export type UnknownBudgetLine = Variant<"UnknownBudgetLine", { line: string }>;
export type NotCostedFromHours = Variant<"NotCostedFromHours", { line: string }>;
/** What is wrong with the shape of a product list, as data (`problem` is its English). */
export type ProductsProblemCode =
  | { kind: "mixed-kinds"; position: string; kinds: readonly [string, string] }
  | { kind: "kind-differs"; position: string; products: string; matrix: string }
  | { kind: "not-a-row"; product: string; row: string }
  | { kind: "product-twice"; product: string; row: string }
  | { kind: "no-units"; product: string; row: string }
  | { kind: "outside-row"; product: string; row: string; position: string };
/** Products: a list that does not break down the matrix (see `productsProblem`). */
export type InvalidProducts = Variant<"InvalidProducts", { problem: string; code?: ProductsProblemCode }>;
export type ProductsDoNotAddUp = Variant<
  "ProductsDoNotAddUp",
  { position: string; kind: string; products: string; matrix: string | null }
>;
/** A level of the results framework, or what names one (a contractor). */
export type FrameworkLevel =
  | "global-goal"
  | "effect"
  | "sub-goal"
  | "result"
  | "activity"
  | "indicator"
  | "service"
  | "milestone"
  | "contractor";
/** What makes a results framework unusable, as data (`problem` is its English; see `frameworkProblem`). */
export type FrameworkProblemCode =
  | { kind: "id-twice"; level: FrameworkLevel; id: string }
  | { kind: "unknown-reference"; holder: FrameworkLevel; holderId: string; level: FrameworkLevel; id: string }
  | { kind: "range-reversed"; indicatorId: string }
  | { kind: "category-twice"; serviceId: string; category: string };
export type InvalidResultsFramework = Variant<
  "InvalidResultsFramework",
  { problem: string; code?: FrameworkProblemCode }
>;
export type NoResultsFramework = Variant<"NoResultsFramework", { agreementId: string }>;
export type UnknownFrameworkItem = Variant<"UnknownFrameworkItem", { what: string; id: string }>;
export type ReachCountingMismatch = Variant<
  "ReachCountingMismatch",
  { serviceId: string; planned: string; reported: string }
>;
/**
 * A measured reach whose categories together count more than the reach itself (`split` and
 * `realised` are whole numbers as decimal strings): a split may leave categories out, never add.
 */
export type ReachSplitAboveReach = Variant<
  "ReachSplitAboveReach",
  { serviceId: string; period: string; split: string; realised: string }
>;
/** A KTO score over fewer answers than `SATISFACTION_MINIMUM_N`: small n can identify a resident. */
export type SatisfactionSampleTooSmall = Variant<
  "SatisfactionSampleTooSmall",
  { indicatorId: string; n: number; minimum: number }
>;
/** `action` names what was not allowed as data (`what` is its English); absent where not coded yet. */
export type PartyNotAllowed = Variant<
  "PartyNotAllowed",
  { role: string; what: string; action?: "change-signed-results-framework" }
>;

export type DomainError =
  | InvalidProducts
  | ProductsDoNotAddUp
  | InvalidResultsFramework
  | NoResultsFramework
  | UnknownFrameworkItem
  | ReachCountingMismatch
  | ReachSplitAboveReach
  | SatisfactionSampleTooSmall
  | InvalidBudget
  | BudgetAboveGrant
  | GrantNotSuperseded
  | NoBudget
  | UnknownBudgetLine
  | NotCostedFromHours
  | PartyNotAllowed
  | AgreementNotFound
  | AgreementAlreadyExists
  | WrongAgreement
  | AgreementIsClosed
  | AgreementNotSigned
  | NegotiationClosed
  | InvalidProposal
  | RoundOutOfOrder
  | StaleChange
  | DuplicatePosition
  | OverlappingGranularity
  | ExpectedResultExists
  | UnknownExpectedResult
  | SignerNotParty
  | PartyAlreadySigned
  | EmptyDraft
  | EmptyReallocation
  | NonPositiveShift
  | SameCell
  | ScopeChangeNeedsAmendment
  | UnitKindMismatch
  | InsufficientUnits
  | DuplicateRequestId
  | RequestNotPending
  | ApproverNotAuthorised
  | FourEyesViolation
  | ReasonRequired
  | UnknownPosition
  | PeriodOutsideAgreement
  | DuplicateAmendmentId
  | EmptyAmendment
  | ReallocationForbidden
  | PolicyVersionNotIncreased
  | ActorNotParty
  | CommandNotRecorded;

export type DomainErrorTag = DomainError["_tag"];

/**
 * Every tag of `DomainError` as a codec: the compiler checks the keys against the union (none
 * missing, none extra), so a caller can walk every refusal at run time (e.g. to check that a
 * message catalogue words each one).
 */
export const DomainErrorTagCodec = t.keyof(
  {
    InvalidProducts: null,
    ProductsDoNotAddUp: null,
    InvalidResultsFramework: null,
    NoResultsFramework: null,
    UnknownFrameworkItem: null,
    ReachCountingMismatch: null,
    ReachSplitAboveReach: null,
    SatisfactionSampleTooSmall: null,
    InvalidBudget: null,
    BudgetAboveGrant: null,
    GrantNotSuperseded: null,
    NoBudget: null,
    UnknownBudgetLine: null,
    NotCostedFromHours: null,
    PartyNotAllowed: null,
    AgreementNotFound: null,
    AgreementAlreadyExists: null,
    WrongAgreement: null,
    AgreementClosed: null,
    AgreementNotSigned: null,
    NegotiationClosed: null,
    InvalidProposal: null,
    RoundOutOfOrder: null,
    StaleChange: null,
    DuplicatePosition: null,
    OverlappingGranularity: null,
    ExpectedResultExists: null,
    UnknownExpectedResult: null,
    SignerNotParty: null,
    PartyAlreadySigned: null,
    EmptyDraft: null,
    EmptyReallocation: null,
    NonPositiveShift: null,
    SameCell: null,
    ScopeChangeNeedsAmendment: null,
    UnitKindMismatch: null,
    InsufficientUnits: null,
    DuplicateRequestId: null,
    RequestNotPending: null,
    ApproverNotAuthorised: null,
    FourEyesViolation: null,
    ReasonRequired: null,
    UnknownPosition: null,
    PeriodOutsideAgreement: null,
    DuplicateAmendmentId: null,
    EmptyAmendment: null,
    ReallocationForbidden: null,
    PolicyVersionNotIncreased: null,
    ActorNotParty: null,
    CommandNotRecorded: null,
  } satisfies Record<DomainErrorTag, null>,
  "DomainErrorTag",
);

/** Every `DomainError` tag, from `DomainErrorTagCodec`. */
export const DOMAIN_ERROR_TAGS = Object.keys(DomainErrorTagCodec.keys) as readonly DomainErrorTag[];

/** Builds a variant; the tag picks the extra fields it needs. */
export const domainError = <Tag extends DomainErrorTag>(
  _tag: Tag,
  message: string,
  extra: Omit<Extract<DomainError, { _tag: Tag }>, "_tag" | "message">,
): Extract<DomainError, { _tag: Tag }> =>
  ({ _tag, message, ...extra }) as Extract<DomainError, { _tag: Tag }>;
