import {
  type BudgetGroup,
  type BudgetLine,
  type Costing,
  type Decimal,
  ZERO,
  add,
  compare,
  costingAmount,
  decimal,
  equals,
  round,
  toDecimalString,
} from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { type Coded, coded } from "../discrepancy/findingWords.en";
import { formatDutch } from "../table/dutchFormat";
import type { Calculation } from "./calculation";
import type { CostLineRow, CostLinesTable } from "./parseCostLines";

/**
 * The highest hourly rate read as plausible. The documents' tariffs run from € 62,25 to € 125
 * an hour; `11 uur * € 1.250` (13.750) adds up, but can only count something else, such as
 * trajectories. Above this the line is noted, never changed.
 */
const PLAUSIBLE_HOURLY_RATE = decimal(250);
const HOURS = /^(uur|uren)\b/i;
const WEEKS = /^weken?$/i;

const costingOf = (c: Calculation): Costing => ({
  kind: "quantity",
  factors: [...c.factors],
  rate: c.rate,
  ...(c.lumpSums.length === 0
    ? {}
    : {
        lumpSum: {
          amount: c.lumpSums.reduce((s, l) => add(s, l.amount), ZERO),
          label: c.lumpSums.map((l) => l.label).join(", "),
        },
      }),
});

const calculationText = (c: Calculation): string =>
  [
    [...c.factors.map((f) => `${formatDutch(f.amount)} ${f.unit}`), `€ ${formatDutch(c.rate)}`].join(" × "),
    ...c.lumpSums.map((l) => `€ ${formatDutch(l.amount)}${l.label === "" ? "" : ` ${l.label}`}`),
  ].join(" + ");

export interface CostLinesChecked {
  readonly discrepancies: Discrepancy[];
  /** One group per section, lines `L1`, `L2`, … in printed order, for import. */
  readonly groups: { readonly title: string; readonly lines: BudgetLine[]; readonly amount: Decimal }[];
}

/**
 * Every bracketed calculation must give its printed amount (a `cost-calculation` discrepancy
 * with file, line, expected and found otherwise); a printed section total must add up. What
 * adds up but reads oddly (an implausible hourly rate, a number of weeks other lines do not
 * use), a bracket that is not a calculation and an amount to be determined are notes.
 */
export const checkCostLines = (t: CostLinesTable): CostLinesChecked => {
  const out: Discrepancy[] = [];
  const { file } = t;
  const note = (l: CostLineRow, expected: string, found: string, finding: Coded) =>
    out.push({ kind: "cost-calculation", severity: "note", file, line: l.line, expected, found, ...finding });

  const weeks = new Map<string, number>();
  for (const s of t.sections)
    for (const l of s.lines)
      for (const f of l.calculation?.factors ?? [])
        if (WEEKS.test(f.unit))
          weeks.set(toDecimalString(f.amount), (weeks.get(toDecimalString(f.amount)) ?? 0) + 1);
  const usual = [...weeks].sort((a, b) => b[1] - a[1])[0];

  const groups = t.sections.map((s) => {
    const lines: BudgetLine[] = [];
    let amount = ZERO;
    let complete = true;
    for (const l of s.lines) {
      const code = `L${lines.length + 1}`;
      const name = l.description;
      const presented =
        l.amount._tag === "Read" && l.amount.value.scale > 0 ? ("cents" as const) : ("euros" as const);
      if (l.calculationProblem !== undefined)
        note(
          l,
          "a calculation",
          l.description,
          coded("cost-calculation-unreadable", { description: l.description, reason: l.calculationProblem }),
        );
      const c = l.calculation;
      let costing: Costing | undefined;
      if (c !== undefined) {
        costing = costingOf(c);
        const exact = costingAmount(costing) ?? ZERO;
        if (l.amount._tag === "Read" && !equals(round(exact, l.amount.value.scale), l.amount.value)) {
          out.push({
            kind: "cost-calculation",
            file,
            line: l.line,
            expected: formatDutch(exact),
            found: l.amount.raw,
            ...coded("cost-calculation", {
              description: l.description,
              calculation: calculationText(c),
              exact: toDecimalString(exact),
              raw: l.amount.raw,
            }),
          });
        }
        const hours = c.factors.find((f) => HOURS.test(f.unit));
        if (hours !== undefined && c.factors.length === 1 && compare(c.rate, PLAUSIBLE_HOURLY_RATE) > 0)
          note(
            l,
            `an hourly rate up to € ${formatDutch(PLAUSIBLE_HOURLY_RATE)}`,
            `€ ${formatDutch(c.rate)} per ${hours.unit}`,
            coded("cost-implausible-rate", {
              description: l.description,
              rate: toDecimalString(c.rate),
              hours: toDecimalString(hours.amount),
              unit: hours.unit,
              plausible: toDecimalString(PLAUSIBLE_HOURLY_RATE),
            }),
          );
        for (const f of c.factors)
          if (WEEKS.test(f.unit) && usual !== undefined && toDecimalString(f.amount) !== usual[0])
            note(
              l,
              `${usual[0]} weken, as the other lines`,
              `${formatDutch(f.amount)} ${f.unit}`,
              coded("cost-unusual-weeks", {
                description: l.description,
                amount: toDecimalString(f.amount),
                unit: f.unit,
                others: String(usual[1]),
                usual: usual[0],
              }),
            );
      } else if (l.amount._tag === "Read") {
        costing = { kind: "lump-sum", amount: l.amount.value };
      } else if (l.amount._tag === "Empty" || l.amount._tag === "ToBeDetermined") {
        note(
          l,
          "an amount",
          l.amount._tag === "Empty" ? "an empty cell" : l.amount.raw,
          coded("cost-to-be-determined", { description: l.description }),
        );
        costing = { kind: "to-be-determined" };
      } else complete = false;
      if (costing === undefined) continue;
      lines.push({ code, name, costing, presented });
      amount = add(amount, costingAmount(costing) ?? ZERO);
    }
    const total = s.total;
    if (
      total?.amount._tag === "Read" &&
      complete &&
      !equals(round(amount, total.amount.value.scale), total.amount.value)
    ) {
      out.push({
        kind: "section-total",
        file,
        line: total.line,
        expected: formatDutch(amount),
        found: total.amount.raw,
        ...coded("cost-section-total", {
          section: s.title,
          exact: toDecimalString(amount),
          raw: total.amount.raw,
        }),
      });
    }
    return { title: s.title, lines, amount };
  });
  return { discrepancies: out, groups };
};

/** The sections as core budget groups, with codes unique in the budget. */
export const costGroups = (checked: CostLinesChecked, codeOf: (title: string) => string): BudgetGroup[] =>
  checked.groups
    .filter((g) => g.lines.length > 0)
    .map((g) => ({ code: codeOf(g.title), name: g.title, lines: g.lines }));
