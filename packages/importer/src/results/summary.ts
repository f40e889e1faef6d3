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
import type { Table } from "../table/readTable";
import { finding } from "./finding";

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
  const findings: Discrepancy[] = [];
  const opgaves: Record<string, SummaryOpgave> = {};
  let opgave: string | undefined;
  let sum: Decimal = ZERO;
  let services = 0;
  let forAll: Decimal = ZERO;
  let total: Decimal = ZERO;
  let costs: Decimal = ZERO;
  let printedTotal: string | undefined;
  const figure = (printed: string, line: number, what: string): Decimal | undefined => {
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
          `${what}: \`${printed}\` is not counted`,
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
        `${what}: \`${printed}\` is not a number`,
      ),
    );
    return undefined;
  };
  for (const row of table.rows.slice(1)) {
    const [name = "", reach = "", cost = ""] = row.cells;
    if (name === "") continue;
    if (/^totaal$/i.test(name)) {
      const printed = figure(reach, row.line, "the total");
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
              `the total reach ${printedTotal} is not the subtotals plus the reach for all opgaves, ${toDecimalString(total)}`,
            ),
          );
      }
      continue;
    }
    if (/^subtotaal$/i.test(name)) {
      if (opgave === undefined) continue;
      const printed = figure(reach, row.line, `${opgave}'s subtotal`);
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
            `${opgave}: the subtotal ${toDecimalString(printed)} is not the sum of its services, ${toDecimalString(sum)}`,
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
      sum = ZERO;
      services = 0;
      continue;
    }
    const d = figure(reach, row.line, name);
    if (ALL.test(name)) {
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
    findings,
  };
};
