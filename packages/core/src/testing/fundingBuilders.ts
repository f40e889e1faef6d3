import type {
  ApproveBudgetReallocation,
  DecideGrant,
  RecordBudget,
  RecordContributions,
  RejectBudgetReallocation,
  ReportCosts,
  RequestBudgetReallocation,
} from "../commands/funding";
import type { BudgetGroup, BudgetPolicyInput } from "../funding/budget";
import type { BudgetShiftInput } from "../funding/budgetShift";
import type { Contributions } from "../funding/contributions";
import type { GrantDecision } from "../funding/grant";
import type { RealisedLine } from "../funding/realisation";
import type { Actor, Recorded } from "../provenance/metadata";
import { type Decimal, parseDecimal } from "../quantity/decimal";
import { EXAMPLE_AGREEMENT_ID, actors, commandMetadata } from "./builders";

/** An exact decimal from its canonical string, for tests. */
export const dec = (s: string): Decimal => {
  const d = parseDecimal(s);
  if (d === undefined) throw new Error(`not a decimal: ${s}`);
  return d;
};

export const grantDecision = (amount: string, overrides: Partial<GrantDecision> = {}): GrantDecision => ({
  reference: "B-2007-001",
  amountGranted: dec(amount),
  period: { start: "2007-01-01", end: "2007-12-31" },
  legalBasis: "Algemene subsidieverordening Emmen, art. 4",
  decidedOn: "2007-04-01",
  ...overrides,
});

export const decideGrant = (
  decision: GrantDecision,
  actor: Actor = actors.alderman,
): Recorded<DecideGrant> => ({
  type: "DecideGrant",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, decision, reason: "beschikking verlening" },
  metadata: commandMetadata(actor),
});

export const recordBudget = (
  groups: readonly BudgetGroup[],
  policy?: BudgetPolicyInput,
  actor: Actor = actors.policyOfficer,
  budgetId = "begroting-1",
): Recorded<RecordBudget> => ({
  type: "RecordBudget",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    budgetId,
    groups: [...groups],
    reason: "begroting bij de aanvraag",
    ...(policy === undefined ? {} : { policy }),
  },
  metadata: commandMetadata(actor),
});

export const recordContributions = (
  contributions: Contributions,
  actor: Actor = actors.policyOfficer,
): Recorded<RecordContributions> => ({
  type: "RecordContributions",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, contributions, reason: "bijdragen partners" },
  metadata: commandMetadata(actor),
});

export const reportCosts = (
  period: string,
  lines: readonly RealisedLine[],
  actor: Actor = actors.teamLead,
): Recorded<ReportCosts> => ({
  type: "ReportCosts",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    reportId: `costs-${period}`,
    report: { period, lines: [...lines] },
  },
  metadata: commandMetadata(actor),
});

/** `moneyShift("armoede/BMW", "armoede/GS", { hours: "10" })` or `{ amount: "500" }`. */
export const moneyShift = (
  from: string,
  to: string,
  what: { amount: string } | { hours: string },
): BudgetShiftInput => {
  const [fg = "", fl = ""] = from.split("/");
  const [tg = "", tl = ""] = to.split("/");
  const ends = { from: { group: fg, line: fl }, to: { group: tg, line: tl } };
  return "hours" in what ? { ...ends, hours: dec(what.hours) } : { ...ends, amount: dec(what.amount) };
};

export const requestBudgetReallocation = (
  requestId: string,
  shifts: readonly BudgetShiftInput[],
  actor: Actor = actors.teamLead,
): Recorded<RequestBudgetReallocation> => ({
  type: "RequestBudgetReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, shifts: [...shifts], reason: "meer inzet nodig" },
  metadata: commandMetadata(actor),
});

export const approveBudgetReallocation = (
  requestId: string,
  actor: Actor = actors.policyOfficer,
): Recorded<ApproveBudgetReallocation> => ({
  type: "ApproveBudgetReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, reason: "akkoord" },
  metadata: commandMetadata(actor),
});

export const rejectBudgetReallocation = (
  requestId: string,
  actor: Actor = actors.policyOfficer,
): Recorded<RejectBudgetReallocation> => ({
  type: "RejectBudgetReallocation",
  data: { agreementId: EXAMPLE_AGREEMENT_ID, requestId, reason: "niet akkoord" },
  metadata: commandMetadata(actor),
});
