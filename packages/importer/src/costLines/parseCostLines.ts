import { type Decimal, parseDutchDecimal } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { type Printed, isToBeDetermined } from "../budget/parseBudget";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table, TableRow } from "../table/readTable";
import { type Calculation, bracketed, readCalculation } from "./calculation";

export interface CostLineRow {
  readonly line: number;
  readonly description: string;
  readonly amount: Printed<Decimal>;
  /** Read from the brackets of the description; `calculationProblem` says why one could not be read. */
  readonly calculation?: Calculation;
  readonly calculationProblem?: string;
}

export interface CostSection {
  readonly title: string;
  readonly line: number;
  readonly lines: readonly CostLineRow[];
  /** A `Subtotaal`/`Totaal` row closing the section, when printed. */
  readonly total?: { readonly line: number; readonly amount: Printed<Decimal> };
}

export interface CostLinesTable {
  readonly file: string;
  readonly name: string;
  readonly sections: readonly CostSection[];
}

const DESCRIPTION = /^(wat|omschrijving|post|activiteit|onderdeel)$/i;
const AMOUNT = /^(kosten|bedrag|totaal|begroot)(\s+in\s+€)?$/i;
const TOTAL = /^(sub)?tota(a)?l\b/i;

const euros = (raw: string) =>
  parseDutchDecimal(
    raw
      .trim()
      .replace(/^€\s*/, "")
      .replace(/^EUR\s*/i, ""),
  );

const headerOf = (row: TableRow) => {
  const d = row.cells.findIndex((c) => DESCRIPTION.test(c.trim()));
  const a = row.cells.findIndex((c) => AMOUNT.test(c.trim()));
  return d >= 0 && a > d ? { description: d, amount: a } : undefined;
};

/**
 * Reads cost lines in sections, the shape of Buurt Vitaal's `kosten.tsv`: a title row (text,
 * no amount), a `Wat | Kosten` header (repeated after page breaks, skipped), then lines with
 * a description, which may carry the calculation in brackets, and an amount (`€ 45.000`).
 * Columns are found by the first header; a file without one is a `missing-column`.
 */
export const parseCostLines = (
  source: Table,
  name: string,
): { readonly table: CostLinesTable; readonly discrepancies: readonly Discrepancy[] } => {
  const { file } = source;
  const problems: Discrepancy[] = [];
  const first = source.rows.map(headerOf).find((h) => h !== undefined);
  if (first === undefined) {
    problems.push({
      kind: "missing-column",
      file,
      line: source.rows[0]?.line ?? 1,
      expected: "a header such as Wat | Kosten",
      found: source.rows[0]?.cells.join(" | ") ?? "no rows",
      ...coded("cost-lines-no-header", { name }),
    });
    return { table: { file, name, sections: [] }, discrepancies: problems };
  }
  type Open = { title: string; line: number; lines: CostLineRow[]; total?: CostSection["total"] };
  const sections: Open[] = [];
  const current = (row: TableRow): Open => {
    const last = sections[sections.length - 1];
    if (last !== undefined) return last;
    const untitled: Open = { title: name, line: row.line, lines: [] };
    sections.push(untitled);
    return untitled;
  };
  for (const row of source.rows) {
    if (headerOf(row) !== undefined) continue;
    const description = (row.cells[first.description] ?? "").trim();
    const raw = (row.cells[first.amount] ?? "").trim();
    if (description === "" && raw === "") continue;
    const amount: Printed<Decimal> =
      raw === ""
        ? { _tag: "Empty" }
        : isToBeDetermined(raw)
          ? { _tag: "ToBeDetermined", raw }
          : E.match(
              (e: { message: string }): Printed<Decimal> => {
                problems.push({
                  kind: "not-a-number",
                  file,
                  line: row.line,
                  expected: "an amount such as € 45.000",
                  found: raw,
                  ...coded("cost-line-not-a-number", { description, raw, reason: e.message }),
                });
                return { _tag: "Unreadable" };
              },
              (value: Decimal): Printed<Decimal> => ({ _tag: "Read", value, raw }),
            )(euros(raw));
    if (raw === "" && !TOTAL.test(description)) {
      sections.push({ title: description, line: row.line, lines: [] });
      continue;
    }
    if (TOTAL.test(description)) {
      current(row).total = { line: row.line, amount };
      continue;
    }
    // Brackets also hold plain text (`(LSA)`): only one with euros or a times sign is a calculation.
    const b = bracketed(description);
    const calc =
      b === undefined || !/€|[*×]/.test(b.inside) ? undefined : readCalculation(b.inside, b.before);
    current(row).lines.push({
      line: row.line,
      description,
      amount,
      ...(calc === undefined
        ? {}
        : E.isRight(calc)
          ? { calculation: calc.right }
          : { calculationProblem: calc.left }),
    });
  }
  return { table: { file, name, sections }, discrepancies: problems };
};
