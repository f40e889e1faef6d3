import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import { cellKey } from "../../cell/cell";
import type { Command } from "../../commands/catalogue";
import type { DecideGrant, RecordBudget, RecordContributions, ReportCosts } from "../../commands/funding";
import type {
  BudgetRecorded,
  ContributionsRecorded,
  CostsRealised,
  GrantDecided,
} from "../../events/funding";
import { budgetMatrix, budgetPolicyOf, duplicateCode, totalCosts } from "../../funding/budget";
import { lineCell, lineRefKey } from "../../funding/budgetLine";
import { contributionsProblem, totalContributions } from "../../funding/contributions";
import type { GrantDecision } from "../../funding/grant";
import { aboveGrantProblem, aboveGrantText } from "../../funding/grantCheck";
import type { FundingState } from "../../funding/state";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { compare } from "../../quantity/decimal";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { requireOpenAgreement, requirePeriodWithinAgreement, requireReason, requireSigned } from "./guards";

/** Only the municipality decides grants, and only it approves a budget once the agreement is signed. */
const requireMunicipality = (cmd: Command, what: string) => (s: AgreementState) =>
  cmd.metadata.actor.role === "municipality"
    ? E.right(s)
    : E.left(
        domainError(
          "PartyNotAllowed",
          `${cmd.metadata.actor.person} acts as ${cmd.metadata.actor.role}: only the municipality ${what}`,
          {
            role: cmd.metadata.actor.role,
            what,
          },
        ),
      );

const fitsGrant = (
  f: FundingState,
  next: Partial<Pick<FundingState, "grant" | "budget" | "contributions">>,
) => {
  const budget = next.budget ?? f.budget;
  const problem = aboveGrantProblem(
    budget?.policy.aboveGrant ?? "forbid",
    next.grant ?? f.grant,
    totalCosts(next.budget === undefined ? f.budgetCurrent : budgetMatrix(next.budget.groups)),
    totalContributions((next.contributions ?? f.contributions).contributions),
  );
  return problem === undefined
    ? E.right(undefined)
    : E.left(
        domainError("BudgetAboveGrant", `the budget exceeds the grant: ${aboveGrantText(problem)}`, problem),
      );
};

const supersession = (
  current: GrantDecision | undefined,
  next: GrantDecision,
): E.Either<DomainError, unknown> => {
  const ok =
    current === undefined
      ? next.supersedes === undefined
      : next.supersedes === current.reference && next.reference !== current.reference;
  if (ok) return E.right(undefined);
  const message =
    current === undefined
      ? `decision ${next.reference} says it supersedes ${next.supersedes}, but no grant was decided before`
      : `decision ${current.reference} is in force: a new decision must have its own reference and say it supersedes ${current.reference}`;
  return E.left(
    domainError("GrantNotSuperseded", message, {
      current: current?.reference ?? null,
      supersedes: next.supersedes ?? null,
    }),
  );
};

export const decideGrant = (
  cmd: Recorded<DecideGrant>,
  state: AgreementState,
): E.Either<DomainError, GrantDecided[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.flatMap(requireMunicipality(cmd, "decides on grants")),
    E.tap(() => requireReason(cmd.data.reason, `grant decision ${cmd.data.decision.reference}`)),
    E.tap(() => {
      const d = cmd.data.decision;
      if (d.period.end < d.period.start)
        return E.left(
          domainError("InvalidBudget", `decision ${d.reference}: its period ends before it starts`, {
            problem: "period",
          }),
        );
      if (d.ceiling !== undefined && compare(d.amountGranted, d.ceiling) > 0)
        return E.left(
          domainError("InvalidBudget", `decision ${d.reference} grants more than its own ceiling`, {
            problem: "ceiling",
          }),
        );
      return E.right(undefined);
    }),
    E.tap((s) => supersession(s.funding.grant, cmd.data.decision)),
    E.tap((s) => fitsGrant(s.funding, { grant: cmd.data.decision })),
    E.map(() => [
      {
        type: "GrantDecided" as const,
        schemaVersion: 1 as const,
        data: { decision: cmd.data.decision, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

export const decideRecordBudget = (
  cmd: Recorded<RecordBudget>,
  state: AgreementState,
): E.Either<DomainError, BudgetRecorded[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.flatMap((s) =>
      s.status === "signed" ? requireMunicipality(cmd, "approves a budget after signing")(s) : E.right(s),
    ),
    E.tap(() => requireReason(cmd.data.reason, `budget ${cmd.data.budgetId}`)),
    E.tap(() => {
      const { groups } = cmd.data;
      const dup = duplicateCode(groups);
      const problem = groups.every((g) => g.lines.length === 0)
        ? "it has no lines"
        : dup === undefined
          ? undefined
          : `${dup} is given twice`;
      return problem === undefined
        ? E.right(undefined)
        : E.left(domainError("InvalidBudget", `budget ${cmd.data.budgetId}: ${problem}`, { problem }));
    }),
    E.map(() => ({
      budgetId: cmd.data.budgetId,
      groups: cmd.data.groups,
      policy: budgetPolicyOf(cmd.data.policy),
    })),
    E.tap((budget) => fitsGrant(state.funding, { budget })),
    E.map((budget) => [
      {
        type: "BudgetRecorded" as const,
        schemaVersion: 1 as const,
        data: { budget, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

export const decideRecordContributions = (
  cmd: Recorded<RecordContributions>,
  state: AgreementState,
): E.Either<DomainError, ContributionsRecorded[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.tap(() => requireReason(cmd.data.reason, "a list of contributions")),
    E.tap(() => {
      const problem = contributionsProblem(cmd.data.contributions);
      return problem === undefined
        ? E.right(undefined)
        : E.left(domainError("InvalidBudget", `contributions: ${problem}`, { problem }));
    }),
    E.tap((s) => fitsGrant(s.funding, { contributions: cmd.data.contributions })),
    E.map(() => [
      {
        type: "ContributionsRecorded" as const,
        schemaVersion: 1 as const,
        data: { contributions: cmd.data.contributions, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

export const decideReportCosts = (
  cmd: Recorded<ReportCosts>,
  state: AgreementState,
): E.Either<DomainError, CostsRealised[]> =>
  pipe(
    requireSigned(cmd, state),
    E.flatMap((s) =>
      s.funding.budget === undefined
        ? E.left(
            domainError("NoBudget", `agreement ${s.agreementId} has no budget to report costs against`, {
              agreementId: s.agreementId,
            }),
          )
        : E.right(s),
    ),
    E.tap((s) => requirePeriodWithinAgreement(cmd.data.report.period, s)),
    E.tap(() => {
      const seen = new Set<string>();
      const twice = cmd.data.report.lines.find((l) => seen.size === seen.add(lineRefKey(l.line)).size);
      return twice === undefined
        ? E.right(undefined)
        : E.left(
            domainError(
              "DuplicatePosition",
              `the cost report for ${cmd.data.report.period} gives ${lineRefKey(twice.line)} twice`,
              {
                position: lineRefKey(twice.line),
              },
            ),
          );
    }),
    E.tap((s) => {
      const unknown = cmd.data.report.lines.find(
        (l) => !s.funding.budgetBaseline.has(cellKey(lineCell(l.line.group, l.line.line))),
      );
      return unknown === undefined
        ? E.right(undefined)
        : E.left(
            domainError("UnknownBudgetLine", `the budget has no line ${lineRefKey(unknown.line)}`, {
              line: lineRefKey(unknown.line),
            }),
          );
    }),
    E.map(() => [
      {
        type: "CostsRealised" as const,
        schemaVersion: 1 as const,
        data: { report: cmd.data.report, reportId: cmd.data.reportId },
        metadata: eventMetadataFrom(cmd.metadata),
      },
    ]),
  );
