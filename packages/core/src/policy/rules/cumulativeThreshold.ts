import type { ReportingPeriod } from "../../calendar/reportingPeriod";
import { totalsByKind } from "../../matrix/matrix";
import { type Decimal, ZERO, add, isZero, toDecimalString } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import type { PolicyShift, ReallocationContext } from "../context";
import { type Finding, finding } from "../findings/finding";
import type { ReallocationPolicy } from "../policy";
import { type TransfersSinceBaseline, periodOf, transferredIn } from "../transfers";
import { type Verdict, type VerdictOutcome, verdictOf, worstOutcome } from "../verdict";
import { comparePercent, displayShare } from "../wording";
import type { RuleInput } from "./ruleInput";

/** The numbers behind rule 2, per unit kind the proposal moves. */
export interface CumulativeTransfers {
  readonly kind: UnitKind;
  /** Gross units moved by reallocations applied since the baseline (within the period, if any). */
  readonly applied: Decimal;
  /** Gross units the proposal moves: a shift of 100 h counts 100. */
  readonly proposed: Decimal;
  readonly moved: Decimal;
  /** Total of the unit kind in the baseline, the matrix as last approved. */
  readonly approvedTotal: Decimal;
  /** `2007-H2`, `2007-Q3`, or undefined when counted over the whole agreement. */
  readonly period: string | undefined;
}

/**
 * The counting of rule 2, on its own: gross units moved by the reallocations applied since
 * the baseline (in `period`, if any) plus what `shifts` move, per unit kind they move,
 * against the approved totals. The rule judges a proposal with it; the reallocation register
 * states the cumulative share after each applied shift with it.
 */
export const cumulativeTransfersOf = (input: {
  readonly period: ReportingPeriod | undefined;
  readonly transfers: TransfersSinceBaseline;
  readonly approvedTotals: ReadonlyMap<UnitKind, Decimal>;
  readonly shifts: readonly PolicyShift[];
}): CumulativeTransfers[] => {
  const { period, transfers, approvedTotals, shifts } = input;
  const proposed = new Map<UnitKind, Decimal>();
  for (const s of shifts)
    proposed.set(s.quantity.kind, add(proposed.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  // Running totals kept as reallocations are applied: no pass over the applied ones.
  const applied = transferredIn(transfers, period);
  return [...proposed].map(([kind, p]) => {
    const a = applied.get(kind) ?? ZERO;
    return {
      kind,
      applied: a,
      proposed: p,
      moved: add(a, p),
      approvedTotal: approvedTotals.get(kind) ?? ZERO,
      period,
    };
  });
};

export const cumulativeTransfers = (
  policy: ReallocationPolicy,
  context: ReallocationContext,
  shifts: readonly PolicyShift[],
  at: string,
): CumulativeTransfers[] =>
  cumulativeTransfersOf({
    period: periodOf(policy.thresholdPeriod, at),
    transfers: context.transfersSinceBaseline,
    approvedTotals: totalsByKind(context.baseline),
    shifts,
  });

/** Whether moved / approved total lies above the policy's threshold, judged exactly. */
export const aboveCumulativeThreshold = (c: CumulativeTransfers, threshold: Decimal): boolean =>
  !isZero(c.approvedTotal) && comparePercent(c.moved, c.approvedTotal, threshold) > 0;

const judge = (c: CumulativeTransfers, threshold: Decimal): { outcome: VerdictOutcome; found: Finding } => {
  const counted = {
    kind: c.kind,
    moved: toDecimalString(c.moved),
    applied: toDecimalString(c.applied),
    proposed: toDecimalString(c.proposed),
    ...(c.period === undefined ? {} : { period: c.period }),
  };
  if (isZero(c.approvedTotal))
    return { outcome: "needs-approval", found: finding("cumulative-unmeasurable", counted) };
  const above = aboveCumulativeThreshold(c, threshold);
  return {
    outcome: above ? "needs-approval" : "pass",
    found: finding("cumulative-share", {
      ...counted,
      share: displayShare(c.moved, c.approvedTotal, threshold),
      total: toDecimalString(c.approvedTotal),
      threshold: toDecimalString(threshold),
      above: above ? "true" : "false",
    }),
  };
};

/** Rule 2: gross units moved since the baseline, against the total as last approved. */
export const cumulativeThreshold = ({ policy, context, shifts, at }: RuleInput): Verdict => {
  const judged = cumulativeTransfers(policy, context, shifts, at).map((c) =>
    judge(c, policy.cumulativeThreshold),
  );
  if (judged.length === 0) return verdictOf("cumulative-threshold", "pass", [finding("nothing-moved", {})]);
  return verdictOf(
    "cumulative-threshold",
    worstOutcome(judged.map((j) => j.outcome)),
    judged.map((j) => j.found),
  );
};
