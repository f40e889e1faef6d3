import {
  type Decimal,
  ZERO,
  add,
  compare,
  moneyToEuros,
  parseDutchDecimal,
  parseDutchMoney,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table } from "../table/readTable";
import { type Layout, column, readColumns } from "./columns";
import { finding } from "./finding";

const LAYOUT: Layout<"name" | "reach" | "cost"> = {
  kind: "summary",
  rule: "a summary of reach and cost (Dienst | Bereik | Kosten, a Subtotaal per opgave)",
  columns: [
    column("name", "Dienst", true, /^dienst/i, /^activiteit/i, /^product/i),
    column("reach", "Bereik", true, /^(beoogd\s+|gepland\s+)?bereik/i),
    column("cost", "Kosten", false, /^kosten/i, /^begroting/i, /^bedrag/i),
  ],
};

/** One row of the summary as read: a service of an opgave, or reach for all opgaves. */
export interface SummaryRow {
  readonly service: string;
  /** Undefined for a row that belongs to every opgave. */
  readonly opgave?: string;
  /** The reach as printed, read: a whole number, or undefined (`ntb.`, `-`, nothing). */
  readonly planned?: number;
  readonly printed: string;
  readonly line: number;
}

export interface SummaryOpgave {
  /** The sum of the rows' reach, exact. */
  readonly reach: string;
  /** The `Subtotaal` reach as printed. */
  readonly printedReach?: string;
  /** The `Subtotaal` cost in euros, as printed (`€ 854.788`). */
  readonly cost?: string;
  readonly services: number;
  /** The line of its `Subtotaal` row. */
  readonly line: number;
}

export interface SummaryRead {
  readonly opgaves: Record<string, SummaryOpgave>;
  /** Reach that belongs to every opgave (`Info & Advies (alle opgaves)`). */
  readonly forAllOpgaves: string;
  /** Every subtotal's reach plus the reach for all opgaves; and the `Totaal` as printed. */
  readonly total: string;
  readonly printedTotal?: string;
  /** The subtotals' costs added up (euros); the document's `Totaal` cost points elsewhere (`Zie begroting`). */
  readonly costs: string;
  /** Each opgave heading and each row for all opgaves, with its line. */
  readonly headings: readonly { readonly opgave: string; readonly line: number }[];
  readonly rows: readonly SummaryRow[];
  readonly findings: readonly Discrepancy[];
}

const NOT_COUNTED = /^(n\.?t\.?b\.?|-)$/i;
const ALL = /\(alle opgaves\)/i;

/**
 * The 2022 summary table `Dienst | Bereik | Kosten`: a heading row per opgave, its services,
 * a `Subtotaal` with reach and cost, and a `Totaal` row. Each subtotal must equal its rows, the
 * total the subtotals plus the reach for all opgaves: where not, the document contradicts
 * itself (a discrepancy). `ntb.` and `-` are not counted and noted. Cost is printed per opgave
 * only, so costs are added up for the totals but have nothing of their own to check against.
 */
export const parseSummary = (table: Table): SummaryRead => {
  const file = table.file;
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const headings: { opgave: string; line: number }[] = [];
  const rows: SummaryRow[] = [];
  const opgaves: Record<string, SummaryOpgave> = {};
  let opgave: string | undefined;
  let sum: Decimal = ZERO;
  let services = 0;
  let forAll: Decimal = ZERO;
  let total: Decimal = ZERO;
  let costs: Decimal = ZERO;
  let printedTotal: string | undefined;
  /** Which row of the summary a figure is on: the total, an opgave's subtotal, or a service. */
  type Row = { readonly row: "total" } | { readonly row: "subtotal" | "service"; readonly name: string };
  const figure = (printed: string, line: number, what: Row): Decimal | undefined => {
    if (printed === "") return undefined;
    if (NOT_COUNTED.test(printed)) {
      findings.push(
        finding(
          "reach-figure",
          "note",
          file,
          line,
          "a reach figure",
          printed,
          coded("summary-not-counted", { ...what, printed }),
        ),
      );
      return undefined;
    }
    const d = parseDutchDecimal(printed);
    if (E.isRight(d)) return d.right;
    findings.push(
      finding(
        "not-a-number",
        "discrepancy",
        file,
        line,
        "a number",
        printed,
        coded("summary-not-a-number", { ...what, printed }),
      ),
    );
    return undefined;
  };
  const cols = read.columns;
  for (const row of cols?.body ?? []) {
    const [name, reach, cost] = [
      cols?.cell(row, "name") ?? "",
      cols?.cell(row, "reach") ?? "",
      cols?.cell(row, "cost") ?? "",
    ];
    if (name === "") continue;
    if (/^totaal$/i.test(name)) {
      const printed = figure(reach, row.line, { row: "total" });
      if (printed !== undefined) {
        printedTotal = toDecimalString(printed);
        if (compare(printed, total) !== 0)
          findings.push(
            finding(
              "reach-total",
              "discrepancy",
              file,
              row.line,
              toDecimalString(total),
              printedTotal,
              coded("summary-total-reach", { printed: printedTotal, sum: toDecimalString(total) }),
            ),
          );
      }
      continue;
    }
    if (/^subtotaal$/i.test(name)) {
      if (opgave === undefined) continue;
      const printed = figure(reach, row.line, { row: "subtotal", name: opgave });
      const money = cost === "" ? undefined : parseDutchMoney(cost);
      const amount = money !== undefined && E.isRight(money) ? moneyToEuros(money.right) : undefined;
      if (amount !== undefined) costs = add(costs, amount);
      const euros = amount === undefined ? undefined : toDecimalString(amount);
      if (printed !== undefined && compare(printed, sum) !== 0)
        findings.push(
          finding(
            "reach-total",
            "discrepancy",
            file,
            row.line,
            toDecimalString(sum),
            toDecimalString(printed),
            coded("summary-subtotal-reach", {
              opgave,
              printed: toDecimalString(printed),
              sum: toDecimalString(sum),
            }),
          ),
        );
      total = add(total, printed ?? sum);
      opgaves[opgave] = {
        reach: toDecimalString(sum),
        ...(printed === undefined ? {} : { printedReach: toDecimalString(printed) }),
        ...(euros === undefined ? {} : { cost: euros }),
        services,
        line: row.line,
      };
      opgave = undefined;
      continue;
    }
    if (reach === "" && cost === "" && !ALL.test(name)) {
      opgave = name;
      headings.push({ opgave: name, line: row.line });
      sum = ZERO;
      services = 0;
      continue;
    }
    const d = figure(reach, row.line, { row: "service", name });
    const whole =
      d !== undefined && /^\d+$/.test(toDecimalString(d)) ? Number(toDecimalString(d)) : undefined;
    rows.push({
      service: name,
      ...(ALL.test(name) || opgave === undefined ? {} : { opgave }),
      ...(whole === undefined ? {} : { planned: whole }),
      printed: reach,
      line: row.line,
    });
    if (ALL.test(name)) {
      headings.push({ opgave: name, line: row.line });
      if (d !== undefined) {
        forAll = add(forAll, d);
        total = add(total, d);
      }
      continue;
    }
    services++;
    if (d !== undefined) sum = add(sum, d);
  }
  return {
    opgaves,
    forAllOpgaves: toDecimalString(forAll),
    total: toDecimalString(total),
    ...(printedTotal === undefined ? {} : { printedTotal }),
    costs: toDecimalString(costs),
    headings,
    rows,
    findings,
  };
};
