import {
  type DomainError,
  type DomainErrorTag,
  type FrameworkLevel,
  type QuantityValues,
  frameworkLevelWord,
  frameworkProblemText,
} from "@grant-ledger/core";

/** How a number of units reads on screen: `400 hours`, `400 uur`. */
export type UnitsText = (amount: string, kind: string) => string;

/**
 * A domain refusal worded from its data, one entry per tag in each language (issue 18): the
 * compiler and `domainErrors.test.ts` (which walks the core's `DOMAIN_ERROR_TAGS`) both fail
 * when a catalogue lacks one. Free text the core gives only in English (a `problem` without a
 * code) is quoted, never translated by matching its words.
 */
export type DomainErrorWords = {
  readonly [T in DomainErrorTag]: (error: Extract<DomainError, { _tag: T }>, units: UnitsText) => string;
};

type ProposalCode = NonNullable<Extract<DomainError, { _tag: "InvalidProposal" }>["code"]>;
type ProductsCode = NonNullable<Extract<DomainError, { _tag: "InvalidProducts" }>["code"]>;
type FrameworkCode = NonNullable<Extract<DomainError, { _tag: "InvalidResultsFramework" }>["code"]>;
type Subject = NonNullable<Extract<DomainError, { _tag: "ReasonRequired" }>["subject"]>;

const quoted = (text: string): string => `"${text}"`;

const level = (what: string): string => frameworkLevelWord(what as FrameworkLevel) ?? what;

const proposalProblem = (c: ProposalCode): string => {
  switch (c.kind) {
    case "scope":
      return `the id ${c.agreementId} belongs to organisation ${c.scope}, but the provider is ${c.provider}`;
    case "period":
      return `the period starts (${c.start}) after it ends (${c.end})`;
    case "result-area-twice":
      return `result area ${c.resultArea} is given twice`;
    case "expected-result-twice":
      return `expected result ${c.expectedResultId} is given twice`;
    case "work-type-tariffs":
      return `work type ${c.workType} has two tariffs`;
  }
};

const productsProblem = (c: ProductsCode): string => {
  switch (c.kind) {
    case "mixed-kinds":
      return `the products of ${c.position} count both ${c.kinds[0]} and ${c.kinds[1]}`;
    case "kind-differs":
      return `the products of ${c.position} count ${c.products}, the matrix counts ${c.matrix} there`;
    case "not-a-row":
      return `product ${quoted(c.product)} of ${c.row}: a product belongs to a row (result area and work type), not to a cell or result area`;
    case "product-twice":
      return `product ${quoted(c.product)} of ${c.row} is given twice`;
    case "no-units":
      return `product ${quoted(c.product)} of ${c.row} gives neither contract nor offer units`;
    case "outside-row":
      return `product ${quoted(c.product)} of ${c.row} gives units at ${c.position}, which is not a cell of its row`;
  }
};

/** The core words framework problems in English once; this catalogue uses its sentences. */
const frameworkProblem = (c: FrameworkCode): string => frameworkProblemText(c);

const reasonSubject = (s: Subject): string => {
  switch (s.kind) {
    case "cell-change":
      return `the change of ${s.position}`;
    case "expected-result-change":
      return `the change of expected result ${s.expectedResultId}`;
    case "closing":
      return `closing agreement ${s.agreementId}`;
    case "reallocation-request":
      return `reallocation request ${s.requestId}`;
    case "results-framework":
      return "a results framework";
  }
};

const NOT_ALLOWED: Readonly<Record<string, string>> = {
  "change-signed-results-framework":
    "only the municipality changes the results framework of a signed agreement",
};

const BUDGET_PROBLEM: Readonly<Record<string, string>> = {
  period: "the grant decision's period ends before it starts",
  ceiling: "the grant decision grants more than its own ceiling",
};

/** A quantity of a refusal (`null`: nothing), or the core's English where the data predates it. */
const held = (q: QuantityValues | undefined, english: string, u: UnitsText, nothing: string): string =>
  q === undefined ? quoted(english) : q === null ? nothing : u(q.amount, q.kind);

export const englishDomainErrors: DomainErrorWords = {
  InvalidProposal: (e) =>
    `the proposal is invalid: ${e.code === undefined ? e.problem : proposalProblem(e.code)}`,
  StaleChange: (e, u) =>
    `the change of ${e.position} starts from ${held(e.statedQuantity, e.stated, u, "nothing")}, but it holds ${held(e.heldQuantity, e.holds, u, "nothing")}: read the agreement again`,
  ReasonRequired: (e) =>
    `a reason is required for ${e.subject === undefined ? e.what : reasonSubject(e.subject)}`,
  PartyNotAllowed: (e) =>
    `who acts as ${e.role} may not do this: ${(e.action === undefined ? undefined : NOT_ALLOWED[e.action]) ?? `only the municipality ${e.what}`}`,
  InvalidBudget: (e) => BUDGET_PROBLEM[e.problem] ?? `the budget is invalid: ${e.problem}`,
  BudgetAboveGrant: (e, u) =>
    `the budget exceeds the grant: costs ${u(e.costs, "euros")} − contributions ${u(e.contributions, "euros")} = ${u(e.shortfall, "euros")} to cover, more than the ${e.limit === "ceiling" ? "ceiling" : "amount granted"} of ${u(e.limitAmount, "euros")} in decision ${e.reference}`,
  InvalidResultsFramework: (e) =>
    `the results framework is invalid: ${e.code === undefined ? e.problem : frameworkProblem(e.code)}`,
  NoResultsFramework: (e) => `agreement ${e.agreementId} has no results framework to measure against`,
  UnknownFrameworkItem: (e) => `the results framework has no ${level(e.what)} ${e.id}`,
  ReachCountingMismatch: (e) =>
    `service ${e.serviceId} counts ${e.planned === "unique" ? "unique residents" : "contacts"}, the measurement reports ${e.reported === "unique" ? "unique residents" : "contacts"}`,
  ReachSplitAboveReach: (e) =>
    `service ${e.serviceId}: the measurement for ${e.period} splits its reach into categories that count ${e.split}, more than the realised reach of ${e.realised}`,
  SatisfactionSampleTooSmall: (e) =>
    `indicator ${e.indicatorId}: a satisfaction score over ${e.n} answer${e.n === 1 ? "" : "s"} can identify a resident; at least ${e.minimum} are needed`,
  AgreementNotFound: (e) => `agreement ${e.agreementId} does not exist: propose it first`,
  AgreementAlreadyExists: (e) => `agreement ${e.agreementId} already exists`,
  WrongAgreement: (e) => `the command addresses agreement ${e.found}, but this is agreement ${e.expected}`,
  AgreementClosed: (e) => `the agreement was closed on ${e.closedOn}: nothing can change any more`,
  AgreementNotSigned: (e) => `the agreement is not signed by both parties yet (status ${e.status})`,
  RoundOutOfOrder: (e) => `negotiation round ${e.found} given, but the next round is ${e.expected}`,
  PartyAlreadySigned: (e) => `the ${e.party} has already signed`,
  EmptyDraft: () => "there is nothing to sign: the matrix is empty",
  EmptyReallocation: () => "a reallocation needs at least one shift",
  NonPositiveShift: (e) => `shift ${e.shift} moves ${e.amount}: a shift must move more than zero`,
  SameCell: (e) => `a shift from ${e.cell} to the same cell`,
  ScopeChangeNeedsAmendment: (e) =>
    `the contract has no cell ${e.cell}: adding a cell changes the scope and needs an amendment`,
  UnitKindMismatch: (e) => `${e.cell} counts ${e.cellKind}, not ${e.kind}`,
  InsufficientUnits: (e, u) =>
    `cannot move ${u(e.requested, e.kind)} out of ${e.cell}: it holds ${u(e.holds, e.kind)}`,
  DuplicateRequestId: (e) => `request id ${e.requestId} is already in use`,
  RequestNotPending: (e) => `request ${e.requestId} is not (or no longer) pending`,
  ApproverNotAuthorised: (e) => `who acts as ${e.role} does not decide on reallocations`,
  FourEyesViolation: (e) => `${e.person} requested ${e.requestId} and may not also approve it`,
  NegotiationClosed: (e) =>
    e.status === "proposed"
      ? "one party has signed: negotiation is over"
      : `the agreement is ${e.status}: changes now need an amendment`,
  DuplicatePosition: (e) => `position ${e.position} is given twice`,
  OverlappingGranularity: (e) =>
    `row ${e.row} holds ${e.kind} as a row total and also per cell: remove one of them`,
  ExpectedResultExists: (e) => `expected result ${e.expectedResultId} already exists`,
  UnknownExpectedResult: (e) => `expected result ${e.expectedResultId} does not exist`,
  SignerNotParty: (e) => `who acts as ${e.role} cannot sign for the ${e.party}`,
  UnknownPosition: (e) => `position ${e.position} is not in the agreement's matrix`,
  CommandNotRecorded: (e) =>
    `command ${e.commandId} has no recordedAt: the ledger stamps its own time before deciding; the client's time does not judge`,
  GrantNotSuperseded: (e) =>
    e.current === null
      ? `the decision says it supersedes ${e.supersedes}, but there was no decision yet`
      : `decision ${e.current} is in force: a new decision has its own reference and says it supersedes ${e.current}`,
  NoBudget: (e) => `agreement ${e.agreementId} has no budget: record one first`,
  UnknownBudgetLine: (e) => `the budget has no line ${e.line}`,
  NotCostedFromHours: (e) => `line ${e.line} is not costed from hours: state the euros instead`,
  InvalidProducts: (e) =>
    `the list of products is invalid: ${e.code === undefined ? e.problem : productsProblem(e.code)}`,
  ProductsDoNotAddUp: (e, u) =>
    `the products of ${e.position} add up to ${u(e.products, e.kind)}, the matrix holds ${e.matrix === null ? "nothing there" : u(e.matrix, e.kind)}`,
  ReallocationForbidden: (e) => `reallocation ${e.requestId} is forbidden (see the verdicts below)`,
  PeriodOutsideAgreement: (e) =>
    `period ${e.period} does not lie within the agreement period ${e.start} to ${e.end}`,
  DuplicateAmendmentId: (e) => `amendment ${e.amendmentId} has already been made`,
  EmptyAmendment: (e) => `amendment ${e.amendmentId} changes nothing`,
  PolicyVersionNotIncreased: (e) => `the policy version must rise above ${e.current}, not ${e.proposed}`,
  ActorNotParty: (e) =>
    e.expectedOrganisationId === null
      ? `${e.organisationId} acts as ${e.role}: that role never writes; only the municipality and the provider act`
      : `${e.organisationId} acts as ${e.role}, but the ${e.role} of this agreement is ${e.expectedOrganisationId}`,
};
