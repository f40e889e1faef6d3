import { calendarDayOf } from "../../calendar/calendarDay";
import { type ReportingPeriod, periodContaining } from "../../calendar/reportingPeriod";
import { totalsByKind } from "../../matrix/matrix";
import { type Decimal, ZERO, add, isZero } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import type { PolicyShift, ReallocationContext } from "../context";
import type { ReallocationPolicy, ThresholdPeriod } from "../policy";
import { type Verdict, type VerdictOutcome, verdict, worstOutcome } from "../verdict";
import { comparePercent, displayPercent, formatPercent, formatUnits } from "../wording";
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
 * The threshold period a moment falls in (`2007-H2`, `2007-Q3`), judged by its Amsterdam
 * calendar day; undefined when transfers count over the whole agreement.
 */
export const periodOf = (period: ThresholdPeriod | undefined, at: string): ReportingPeriod | undefined =>
  period === undefined || period === "agreement" ? undefined : periodContaining(period, calendarDayOf(at));

export const cumulativeTransfers = (
  policy: ReallocationPolicy,
  context: ReallocationContext,
  shifts: readonly PolicyShift[],
  at: string,
): CumulativeTransfers[] => {
  const period = periodOf(policy.thresholdPeriod, at);
  const grossByKind = (list: readonly PolicyShift[], into: Map<UnitKind, Decimal>): void => {
    for (const s of list)
      into.set(s.quantity.kind, add(into.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  };
  const proposed = new Map<UnitKind, Decimal>();
  grossByKind(shifts, proposed);
  // Running totals kept as reallocations are applied: no pass over the applied ones.
  const transfers = context.transfersSinceBaseline;
  const applied = period === undefined ? transfers.total : (transfers.byPeriod.get(period) ?? new Map());
  const totals = totalsByKind(context.baseline);
  return [...proposed].map(([kind, p]) => {
    const a = applied.get(kind) ?? ZERO;
    return {
      kind,
      applied: a,
      proposed: p,
      moved: add(a, p),
      approvedTotal: totals.get(kind) ?? ZERO,
      period,
    };
  });
};

const judge = (c: CumulativeTransfers, threshold: Decimal): { outcome: VerdictOutcome; text: string } => {
  const u = (d: Decimal): string => formatUnits(d, c.kind);
  const breakdown = `(${u(c.applied)} applied since the baseline${c.period === undefined ? "" : ` in ${c.period}`} + ${u(c.proposed)} proposed)`;
  if (isZero(c.approvedTotal)) {
    return {
      outcome: "needs-approval",
      text: `cumulative transfers ${u(c.moved)} against an approved total of ${u(ZERO)}: no share can be measured ${breakdown}`,
    };
  }
  const above = comparePercent(c.moved, c.approvedTotal, threshold) > 0;
  const share = displayPercent(c.moved, c.approvedTotal, threshold);
  return {
    outcome: above ? "needs-approval" : "pass",
    text: `cumulative transfers ${u(c.moved)} = ${share} of ${u(c.approvedTotal)}, ${above ? "above" : "within"} ${formatPercent(threshold)} ${breakdown}`,
  };
};

/** Rule 2: gross units moved since the baseline, against the total as last approved. */
export const cumulativeThreshold = ({ policy, context, shifts, at }: RuleInput): Verdict => {
  const judged = cumulativeTransfers(policy, context, shifts, at).map((c) =>
    judge(c, policy.cumulativeThreshold),
  );
  if (judged.length === 0) return verdict("cumulative-threshold", "pass", "nothing moved");
  return verdict(
    "cumulative-threshold",
    worstOutcome(judged.map((j) => j.outcome)),
    judged.map((j) => j.text).join("; "),
  );
};
