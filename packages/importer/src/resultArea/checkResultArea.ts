import {
  type Decimal,
  type UnitKind,
  ZERO,
  add,
  equals,
  formatQuantity,
  toDecimalString,
} from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { type Reading, isValue, readingValues, showReading } from "../table/reading";
import type { ResultAreaTable } from "./resultAreaTable";

interface Sum {
  readonly amount: Decimal;
  /** A value that could not be read takes part: a check would only repeat that problem. */
  readonly unreadable: boolean;
}

/** Sums the readings of one unit kind; other kinds are left out (they have their own totals). */
const sumOf = (readings: Iterable<Reading>, kind: UnitKind): Sum => {
  let amount = ZERO;
  let unreadable = false;
  for (const r of readings) {
    if (r._tag === "Unreadable") unreadable = true;
    else if (isValue(r) && r.quantity.kind === kind) amount = add(amount, r.quantity.amount);
  }
  return { amount, unreadable };
};

/** A printed total agrees when it states the sum; an empty total cell stands for 0. */
const agrees = (printed: Reading, kind: UnitKind, expected: Decimal): boolean =>
  printed._tag === "Empty"
    ? equals(expected, ZERO)
    : isValue(printed) && printed.quantity.kind === kind && equals(printed.quantity.amount, expected);

const kindOf = (printed: Reading, fallback: UnitKind): UnitKind =>
  isValue(printed) ? printed.quantity.kind : fallback;

/**
 * Checks every printed total of a result-area matrix against the values it sums: row totals
 * (Totaal), column totals (the last row), the grand total and the offer total.
 */
export const checkResultArea = (t: ResultAreaTable, unit: UnitKind): Discrepancy[] => {
  const out: Discrepancy[] = [];
  const { file, resultArea } = t;

  if (t.hasTotal) {
    for (const row of t.rows) {
      const cells = [...row.cells.values()];
      // A row printed only as a total (`psz`: 82 groepen) is known at row level: nothing to add up.
      if (row.mixedKinds || !cells.some(isValue) || row.total._tag === "Unreadable") continue;
      const sum = sumOf(cells, row.kind);
      if (sum.unreadable || agrees(row.total, row.kind, sum.amount)) continue;
      const expected = formatQuantity({ kind: row.kind, amount: sum.amount });
      out.push({
        kind: "row-total",
        file,
        line: row.line,
        resultArea,
        workType: row.workType,
        expected,
        found: showReading(row.total),
        ...coded("matrix-row-total", {
          resultArea,
          workType: row.workType,
          ...(row.product === undefined ? {} : { product: row.product }),
          ...readingValues(row.total),
          amount: toDecimalString(sum.amount),
          kind: row.kind,
        }),
      });
    }
  }

  const totals = t.columnTotals;
  if (totals === undefined) return out;
  const countable = t.rows.filter((r) => !r.mixedKinds);

  for (const district of t.districts) {
    const printed = totals.cells.get(district);
    if (printed === undefined || printed._tag === "Unreadable") continue;
    const kind = kindOf(printed, unit);
    const sum = sumOf(
      countable.map((r) => r.cells.get(district) ?? { _tag: "Empty" }),
      kind,
    );
    if (sum.unreadable || agrees(printed, kind, sum.amount)) continue;
    const expected = formatQuantity({ kind, amount: sum.amount });
    out.push({
      kind: "column-total",
      file,
      line: totals.line,
      resultArea,
      district,
      expected,
      found: showReading(printed),
      ...coded("matrix-column-total", {
        resultArea,
        district,
        ...readingValues(printed),
        amount: toDecimalString(sum.amount),
        kind,
      }),
    });
  }

  const grand = (column: "total" | "offer", printed: Reading): void => {
    if (printed._tag === "Unreadable") return;
    const kind = kindOf(printed, unit);
    const sum = sumOf(
      countable.map((r) => r[column]),
      kind,
    );
    if (sum.unreadable || agrees(printed, kind, sum.amount)) return;
    const expected = formatQuantity({ kind, amount: sum.amount });
    const name = column === "total" ? "Totaal" : "Offerte";
    out.push({
      kind: column === "total" ? "grand-total" : "offer-total",
      file,
      line: totals.line,
      resultArea,
      expected,
      found: showReading(printed),
      ...coded("matrix-grand-total", {
        resultArea,
        column: name,
        ...readingValues(printed),
        amount: toDecimalString(sum.amount),
        kind,
      }),
    });
  };
  if (t.hasTotal) grand("total", totals.total);
  if (t.hasOffer) grand("offer", totals.offer);
  return out;
};
