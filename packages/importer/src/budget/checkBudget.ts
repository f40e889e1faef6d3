import { type Decimal, ZERO, add, amountFor, equals, multiply, round, sum } from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { formatDutch } from "../table/dutchFormat";
import type { BudgetTable } from "./parseBudget";

export interface BudgetTotals {
  /** Exact hours (fte × hours per fte), never rounded. */
  readonly hours: Decimal;
  /** Exact euros (hours × tariff), never rounded. */
  readonly amount: Decimal;
  /** False when some line could not be computed; then the sums above leave it out. */
  readonly complete: boolean;
}

/** Rounds an exact value the way the document printed its counterpart: to the printed number of decimals. */
const asPrinted = (exact: Decimal, printed: Decimal): Decimal => round(exact, printed.scale);

/**
 * hours = fte × hours per fte, amount = hours × tariff, each printed rounded (half up) to the
 * precision the document uses; the subtotal is the rounded exact sum, or the sum of the printed
 * line amounts (documents do both).
 */
export const checkBudget = (
  b: BudgetTable,
  hoursPerFte: Decimal,
): { readonly discrepancies: Discrepancy[]; readonly totals: BudgetTotals } => {
  const out: Discrepancy[] = [];
  const { file, name } = b;
  const exactAmounts: Decimal[] = [];
  let hours = ZERO;
  let complete = true;

  for (const l of b.lines) {
    const exactHours =
      l.fte._tag === "Read"
        ? multiply(l.fte.value, hoursPerFte)
        : l.fte._tag === "Absent" && l.hours._tag === "Read"
          ? l.hours.value
          : undefined;
    if (l.fte._tag === "Read" && l.hours._tag === "Read" && exactHours !== undefined) {
      const expected = asPrinted(exactHours, l.hours.value);
      if (!equals(expected, l.hours.value)) {
        out.push({
          kind: "budget-hours",
          file,
          line: l.line,
          expected: formatDutch(expected),
          found: l.hours.raw,
          message: `${l.service}: ${l.fte.raw} fte × ${formatDutch(hoursPerFte)} = ${formatDutch(exactHours)} hours, printed ${l.hours.raw}`,
        });
      }
    }
    if (exactHours === undefined || l.tariff._tag !== "Read") {
      complete = false;
      continue;
    }
    hours = add(hours, exactHours);
    const exactAmount = amountFor(exactHours, l.tariff.value);
    exactAmounts.push(exactAmount);
    if (l.amount._tag === "Read") {
      const expected = asPrinted(exactAmount, l.amount.value);
      if (!equals(expected, l.amount.value)) {
        out.push({
          kind: "budget-amount",
          file,
          line: l.line,
          expected: formatDutch(expected),
          found: l.amount.raw,
          message: `${l.service}: ${formatDutch(exactHours)} hours × € ${l.tariff.raw} = € ${formatDutch(exactAmount)}, printed ${l.amount.raw}`,
        });
      }
    }
  }

  const amount = sum(exactAmounts);
  const sub = b.subtotal;
  if (sub === undefined) {
    const last = b.lines[b.lines.length - 1];
    out.push({
      kind: "missing-total-row",
      file,
      line: last?.line ?? 1,
      expected: "a Subtotaal row",
      found: "no Subtotaal row",
      message: `budget ${JSON.stringify(name)} has no Subtotaal row; its subtotal is not checked`,
    });
  } else if (sub.amount._tag === "Read" && complete) {
    const printed = sub.amount.value;
    const exact = asPrinted(amount, printed);
    const printedLines = b.lines.map((l) => (l.amount._tag === "Read" ? l.amount.value : undefined));
    const ofPrinted = printedLines.every((v) => v !== undefined) ? sum(printedLines as Decimal[]) : undefined;
    if (!equals(exact, printed) && !(ofPrinted !== undefined && equals(ofPrinted, printed))) {
      out.push({
        kind: "budget-subtotal",
        file,
        line: sub.line,
        expected: formatDutch(exact),
        found: sub.amount.raw,
        message: `Subtotaal of ${JSON.stringify(name)} is ${sub.amount.raw}; the exact amounts add up to € ${formatDutch(amount)}${
          ofPrinted === undefined ? "" : `, the printed lines to ${formatDutch(ofPrinted)}`
        }`,
      });
    }
  }
  return { discrepancies: out, totals: { hours, amount, complete } };
};
