import * as t from "io-ts";
import { ReportingPeriod } from "../calendar/reportingPeriod";
import { cellKey } from "../cell/cell";
import { isNonBlank } from "../codec/text";
import type { Matrix } from "../matrix/matrix";
import { type Decimal, ZERO, add, compare, subtract } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";
import type { BudgetGroup } from "./budget";
import { BudgetLineRefCodec, Euros, lineCell, lineRefKey } from "./budgetLine";

const Text = t.refinement(t.string, isNonBlank, "NonEmptyString");

/** Realised costs of one line in one period, with the hours realised on it where known. */
export const RealisedLine = t.intersection(
  [t.type({ line: BudgetLineRefCodec, amount: Euros }), t.partial({ hours: NonNegativeDecimal })],
  "RealisedLine",
);
export type RealisedLine = t.TypeOf<typeof RealisedLine>;

/** The realised costs of a period (`2022`, `2022-H1`); a later report for the same period corrects it. */
export const CostReport = t.type({ period: ReportingPeriod, lines: t.array(RealisedLine) }, "CostReport");
export type CostReport = t.TypeOf<typeof CostReport>;

/** V: realised within the budget (favourable); N: above it (unfavourable); none when equal. */
export type VarianceMark = "V" | "N" | "";

export interface Variance {
  readonly planned: Decimal;
  readonly realised: Decimal;
  /** planned − realised: positive is money left. */
  readonly variance: Decimal;
  readonly mark: VarianceMark;
}

const varianceOf = (planned: Decimal, realised: Decimal): Variance => {
  const variance = subtract(planned, realised);
  const c = compare(variance, ZERO);
  return { planned, realised, variance, mark: c > 0 ? "V" : c < 0 ? "N" : "" };
};

export interface BudgetRealisation {
  readonly lines: readonly (Variance & {
    readonly line: string;
    readonly name: string;
    readonly hours?: Decimal;
  })[];
  readonly groups: readonly (Variance & { readonly code: string; readonly name: string })[];
  readonly total: Variance;
}

/**
 * Budget (as it stands after reallocations) against realised costs of all reported periods,
 * per line, group and total. Realised costs of a line the budget lacks count in the total only.
 */
export const budgetRealisation = (
  groups: readonly BudgetGroup[],
  current: Matrix,
  reports: Iterable<CostReport>,
): BudgetRealisation => {
  const realised = new Map<string, Decimal>();
  const hours = new Map<string, Decimal>();
  let realisedTotal = ZERO;
  for (const r of reports)
    for (const l of r.lines) {
      const key = lineRefKey(l.line);
      realised.set(key, add(realised.get(key) ?? ZERO, l.amount));
      if (l.hours !== undefined) hours.set(key, add(hours.get(key) ?? ZERO, l.hours));
      realisedTotal = add(realisedTotal, l.amount);
    }
  const lines: BudgetRealisation["lines"][number][] = [];
  const groupRows: BudgetRealisation["groups"][number][] = [];
  let plannedTotal = ZERO;
  for (const g of groups) {
    let planned = ZERO;
    let spent = ZERO;
    for (const l of g.lines) {
      const key = lineRefKey({ group: g.code, line: l.code });
      const p = current.get(cellKey(lineCell(g.code, l.code)))?.quantity.amount ?? ZERO;
      const r = realised.get(key) ?? ZERO;
      const h = hours.get(key);
      lines.push({ line: key, name: l.name, ...varianceOf(p, r), ...(h === undefined ? {} : { hours: h }) });
      planned = add(planned, p);
      spent = add(spent, r);
    }
    groupRows.push({ code: g.code, name: g.name, ...varianceOf(planned, spent) });
    plannedTotal = add(plannedTotal, planned);
  }
  return { lines, groups: groupRows, total: varianceOf(plannedTotal, realisedTotal) };
};
