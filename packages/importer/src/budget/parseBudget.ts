import { type Decimal, type Money, parseDutchDecimal, parseDutchMoney } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table } from "../table/readTable";

/**
 * A printed value: read, absent (the column is missing, already reported), empty (a cell a
 * line may leave blank, such as a tariff), to be determined (`n.t.b.`), or unreadable (reported).
 */
export type Printed<A> =
  | { readonly _tag: "Read"; readonly value: A; readonly raw: string }
  | { readonly _tag: "Absent" }
  | { readonly _tag: "Empty" }
  | { readonly _tag: "ToBeDetermined"; readonly raw: string }
  | { readonly _tag: "Unreadable" };

/** `n.t.b.`, `ntb`, `nader te bepalen`: an amount still to be determined. */
export const isToBeDetermined = (raw: string): boolean =>
  /^(n\.?\s?t\.?\s?b\.?|nader te bepalen)$/i.test(raw.trim());

export interface BudgetLine {
  readonly line: number;
  readonly service: string;
  readonly fte: Printed<Decimal>;
  readonly hours: Printed<Decimal>;
  readonly tariff: Printed<Money>;
  /** Euros as printed, keeping the printed precision (whole euros or cents). */
  readonly amount: Printed<Decimal>;
}

export interface BudgetTable {
  readonly file: string;
  readonly name: string;
  readonly lines: readonly BudgetLine[];
  /**
   * The total rows: a `Subtotaal` covers the lines since the previous one, a `Totaal …`
   * (`Totaal begroting`) every line above it. `from`/`to` index `lines` (to exclusive).
   */
  readonly totals: readonly {
    readonly line: number;
    readonly label: string;
    readonly amount: Printed<Decimal>;
    readonly from: number;
    readonly to: number;
  }[];
}

type Column = "fte" | "hours" | "tariff" | "amount";

const COLUMN_NAMES: Record<Column, RegExp> = {
  fte: /^fte\b/i,
  hours: /^(uren|hours)\b/i,
  tariff: /^(tarief|tariff)\b/i,
  amount: /^(totaal|total|bedrag|amount)\b/i,
};

const HEADINGS: Record<Column, string> = { fte: "fte", hours: "Uren", tariff: "Tarief", amount: "Totaal" };

const isSubtotal = (label: string): boolean => /^sub\s?tota(a)?l\b/i.test(label.trim());
const isTotal = (label: string): boolean => /^tota(a)?l\b/i.test(label.trim());

const stripEuro = (raw: string): string =>
  raw
    .trim()
    .replace(/^€\s*/, "")
    .replace(/^EUR\s*/i, "");

/**
 * Reads budget lines: service, fte, hours, tariff, total; and a `Subtotaal` row. Columns are
 * found by their heading, so their order may vary.
 */
export const parseBudget = (
  source: Table,
  name: string,
): { readonly budget: BudgetTable; readonly discrepancies: readonly Discrepancy[] } => {
  const { file } = source;
  const problems: Discrepancy[] = [];
  const [header, ...body] = source.rows;
  const index = new Map<Column, number>();
  for (const column of Object.keys(COLUMN_NAMES) as Column[]) {
    const i = header?.cells.findIndex((h, at) => at > 0 && COLUMN_NAMES[column].test(h)) ?? -1;
    if (i >= 0) index.set(column, i);
    else
      problems.push({
        kind: "missing-column",
        // Budgets of lump sums print no fte, hours or tariff: only a missing Totaal contradicts the shape.
        ...(column === "amount" ? {} : { severity: "note" as const }),
        file,
        line: header?.line ?? 1,
        expected: `a ${HEADINGS[column]} column`,
        found: header?.cells.join(" | ") ?? "no header",
        ...coded("budget-missing-column", { budget: name, column: HEADINGS[column] }),
      });
  }

  const read = <A>(
    cells: readonly string[],
    line: number,
    service: string,
    column: Column,
    parse: (raw: string) => E.Either<{ message: string }, A>,
    mayBeEmpty = false,
  ): Printed<A> => {
    const i = index.get(column);
    if (i === undefined) return { _tag: "Absent" };
    const raw = cells[i] ?? "";
    if (raw === "" && mayBeEmpty) return { _tag: "Empty" };
    if (mayBeEmpty && isToBeDetermined(raw)) return { _tag: "ToBeDetermined", raw };
    if (raw === "") {
      problems.push({
        kind: "not-a-number",
        file,
        line,
        expected: `a value in the ${HEADINGS[column]} column`,
        found: "an empty cell",
        ...coded("budget-empty-value", { service, column: HEADINGS[column] }),
      });
      return { _tag: "Unreadable" };
    }
    const parsed = parse(raw);
    if (E.isRight(parsed)) return { _tag: "Read", value: parsed.right, raw };
    problems.push({
      kind: "not-a-number",
      file,
      line,
      expected: column === "tariff" ? "an amount such as 77,55" : "a number such as 4.987 or 3,27",
      found: raw,
      ...coded("budget-not-a-number", {
        service,
        column: HEADINGS[column],
        raw,
        reason: parsed.left.message,
      }),
    });
    return { _tag: "Unreadable" };
  };
  const euros = (raw: string) => parseDutchDecimal(stripEuro(raw));

  const lines: BudgetLine[] = [];
  const totals: BudgetTable["totals"][number][] = [];
  let spanStart = 0;
  for (const row of body) {
    const service = row.cells[0] ?? "";
    if (isSubtotal(service) || isTotal(service)) {
      const amount = read(row.cells, row.line, service, "amount", euros);
      const from = isSubtotal(service) ? spanStart : 0;
      totals.push({ line: row.line, label: service, amount, from, to: lines.length });
      spanStart = lines.length;
      continue;
    }
    const fte = read(row.cells, row.line, service, "fte", parseDutchDecimal, true);
    lines.push({
      line: row.line,
      service,
      fte,
      // Hours are derived from fte when it is printed, so a blank there is a gap in the table.
      hours: read(row.cells, row.line, service, "hours", parseDutchDecimal, fte._tag !== "Read"),
      tariff: read(row.cells, row.line, service, "tariff", parseDutchMoney, true),
      amount: read(row.cells, row.line, service, "amount", euros, true),
    });
  }
  return { budget: { file, name, lines, totals }, discrepancies: problems };
};
