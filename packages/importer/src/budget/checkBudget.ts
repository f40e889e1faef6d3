import {
  type BudgetLine as CostedLine,
  type Costing,
  type Decimal,
  ZERO,
  add,
  costingAmount,
  equals,
  hourCosting,
  moneyToEuros,
  multiply,
  round,
  sum,
  toDecimalString,
} from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { type Coded, coded } from "../discrepancy/findingWords.en";
import { formatDutch } from "../table/dutchFormat";
import type { BudgetLine, BudgetTable } from "./parseBudget";

export interface BudgetTotals {
  /** Exact hours (fte × hours per fte) of the lines costed from hours, never rounded. */
  readonly hours: Decimal;
  /** Exact euros: hours × tariff, and the lump sums as printed. Never rounded. */
  readonly amount: Decimal;
  /** False when some line could not be computed; then the sums above leave it out. */
  readonly complete: boolean;
}

/** Rounds an exact value the way the document printed its counterpart: to the printed number of decimals. */
const asPrinted = (exact: Decimal, printed: Decimal): Decimal => round(exact, printed.scale);

/** How a line is costed, read from what it prints; undefined when it cannot be costed (already reported). */
const costingOf = (
  l: BudgetLine,
  hoursPerFte: Decimal,
  note: (finding: Coded, expected: string, found: string) => void,
): Costing | undefined => {
  if (l.tariff._tag === "Read") {
    const tariff = moneyToEuros(l.tariff.value);
    if (l.fte._tag === "Read") return { kind: "fte", fte: l.fte.value, hoursPerFte, tariff };
    if (l.fte._tag === "Unreadable") return undefined;
    if (l.hours._tag === "Read") return { kind: "hours", hours: l.hours.value, tariff };
  }
  if (l.fte._tag === "Unreadable" || l.hours._tag === "Unreadable" || l.tariff._tag === "Unreadable")
    return undefined;
  const why = l.tariff._tag === "Read" ? ("no-fte-or-hours" as const) : ("no-tariff" as const);
  if (l.amount._tag === "Read") {
    note(
      coded("budget-lump-sum", { service: l.service, why, raw: l.amount.raw }),
      "fte × hours × tariff",
      l.amount.raw,
    );
    return { kind: "lump-sum", amount: l.amount.value };
  }
  if (l.amount._tag === "Empty" || l.amount._tag === "ToBeDetermined") {
    const found = l.amount._tag === "Empty" ? "an empty Totaal" : l.amount.raw;
    note(
      coded("budget-to-be-determined", {
        service: l.service,
        why,
        ...(l.amount._tag === "Empty" ? {} : { raw: l.amount.raw }),
      }),
      "an amount",
      found,
    );
    return { kind: "to-be-determined" };
  }
  return undefined;
};

/**
 * hours = fte × hours per fte, amount = hours × tariff, each printed rounded (half up) to the
 * precision the document uses; a line without a tariff is a lump sum of its printed amount,
 * one without an amount is to be determined (both stated as notes); the subtotal is the
 * rounded exact sum, or the sum of the printed line amounts (documents do both).
 */
export const checkBudget = (
  b: BudgetTable,
  hoursPerFte: Decimal,
): {
  readonly discrepancies: Discrepancy[];
  readonly totals: BudgetTotals;
  /** The lines as core budget lines (codes `L1`, `L2`, … in printed order), for import. */
  readonly lines: CostedLine[];
} => {
  const out: Discrepancy[] = [];
  const { file, name } = b;
  const exactAmounts: Decimal[] = [];
  /** Per printed line: its exact amount, `null` when to be determined, undefined when it cannot be costed. */
  const exactOfLine: (Decimal | null | undefined)[] = [];
  const costed: CostedLine[] = [];
  let hours = ZERO;
  let complete = true;

  for (const l of b.lines) {
    const note = (finding: Coded, expected: string, found: string) =>
      out.push({ kind: "budget-line", severity: "note", file, line: l.line, expected, found, ...finding });
    if (l.fte._tag === "Read" && l.hours._tag === "Read") {
      const exactHours = multiply(l.fte.value, hoursPerFte);
      const expected = asPrinted(exactHours, l.hours.value);
      if (!equals(expected, l.hours.value)) {
        out.push({
          kind: "budget-hours",
          file,
          line: l.line,
          expected: formatDutch(expected),
          found: l.hours.raw,
          ...coded("budget-hours", {
            service: l.service,
            fte: l.fte.raw,
            hoursPerFte: toDecimalString(hoursPerFte),
            exact: toDecimalString(exactHours),
            raw: l.hours.raw,
          }),
        });
      }
    }
    const costing = costingOf(l, hoursPerFte, note);
    exactOfLine.push(costing === undefined ? undefined : (costingAmount(costing) ?? null));
    if (costing === undefined) {
      complete = false;
      continue;
    }
    costed.push({
      code: `L${costed.length + 1}`,
      name: l.service || `line ${l.line}`,
      costing,
      presented: l.amount._tag === "Read" && l.amount.value.scale > 0 ? "cents" : "euros",
    });
    const exactAmount = costingAmount(costing);
    if (exactAmount === undefined) continue;
    const fromHours = hourCosting(costing);
    if (fromHours !== undefined) hours = add(hours, fromHours.hours);
    exactAmounts.push(exactAmount);
    if (fromHours !== undefined && l.amount._tag === "Read" && l.tariff._tag === "Read") {
      const expected = asPrinted(exactAmount, l.amount.value);
      if (!equals(expected, l.amount.value)) {
        const h = fromHours.hours;
        out.push({
          kind: "budget-amount",
          file,
          line: l.line,
          expected: formatDutch(expected),
          found: l.amount.raw,
          ...coded("budget-amount", {
            service: l.service,
            hours: toDecimalString(h),
            tariff: l.tariff.raw,
            exact: toDecimalString(exactAmount),
            raw: l.amount.raw,
          }),
        });
      }
    }
  }

  const amount = sum(exactAmounts);
  if (b.totals.length === 0) {
    const last = b.lines[b.lines.length - 1];
    out.push({
      kind: "missing-total-row",
      severity: "note",
      file,
      line: last?.line ?? 1,
      expected: "a Subtotaal row",
      found: "no Subtotaal row",
      ...coded("budget-no-subtotal", { budget: name }),
    });
  }
  for (const sub of b.totals) {
    const span = exactOfLine.slice(sub.from, sub.to);
    if (sub.amount._tag !== "Read" || span.some((x) => x === undefined)) continue;
    const printed = sub.amount.value;
    const exactSum = sum(span.filter((x): x is Decimal => x !== undefined && x !== null));
    const exact = asPrinted(exactSum, printed);
    const printedLines = b.lines
      .slice(sub.from, sub.to)
      .flatMap((l) => (l.amount._tag === "Read" ? [l.amount.value] : []));
    const counted = span.filter((x) => x !== null).length;
    const ofPrinted = printedLines.length === counted ? sum(printedLines) : undefined;
    if (!equals(exact, printed) && !(ofPrinted !== undefined && equals(ofPrinted, printed))) {
      out.push({
        kind: "budget-subtotal",
        file,
        line: sub.line,
        expected: formatDutch(exact),
        found: sub.amount.raw,
        ...coded("budget-subtotal", {
          label: sub.label,
          budget: name,
          raw: sub.amount.raw,
          exact: toDecimalString(exactSum),
          ...(ofPrinted === undefined ? {} : { printedLines: toDecimalString(ofPrinted) }),
        }),
      });
    }
  }
  return { discrepancies: out, totals: { hours, amount, complete }, lines: costed };
};
