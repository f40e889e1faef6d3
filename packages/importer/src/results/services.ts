import {
  type Decimal,
  type ReachCategory,
  ZERO,
  add,
  compare,
  parseDutchDecimal,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table, TableRow } from "../table/readTable";
import { type Layout, column, readColumns } from "./columns";
import { finding } from "./finding";
import {
  CATEGORY_COLUMNS,
  type CategoriesRead,
  REACH_CATEGORIES,
  categorySums,
  categoryTotalsAgainstServices,
  readCategories,
} from "./reachCategories";

// The category columns come first: `Bereik inwoners` is the residents' column, not the total's.
const LAYOUT: Layout<"name" | "by" | "reach" | ReachCategory> = {
  kind: "services",
  rule: "a services-and-reach table (Dienst | Uitvoering | Bereik, a Totaal row last)",
  columns: [
    column("name", "Dienst", true, /^dienst/i, /^activiteit/i, /^product/i, /^aanbod/i),
    column("by", "Uitvoering", false, /^uitvoer/i, /^door\b/i, /^wie\b/i),
    ...CATEGORY_COLUMNS,
    column("reach", "Bereik", true, /^(beoogd\s+|gepland\s+)?bereik/i, /^aantal/i),
  ],
};

export interface ServiceJson {
  readonly id: string;
  readonly service: string;
  readonly opgave: string;
  readonly counting: "unique" | "contacts";
  readonly planned: number | { readonly state: "toBeDetermined"; readonly printed?: string };
  readonly deliveredBy?: string;
  readonly group?: string;
  /** The split the row prints (residents, volunteers, chain partners), when the table has one. */
  readonly categories?: CategoriesRead["counts"];
}

export interface ServiceTable {
  readonly opgave: string;
  readonly file: string;
  readonly services: readonly ServiceJson[];
  /** The sum of the figures printed per service, exact. */
  readonly planned: Decimal;
  /** The `Totaal` row as printed, when there is one. */
  readonly printedTotal?: Decimal;
  /** Per category, the sum over the services that split their reach; absent without category columns. */
  readonly categories?: Partial<Record<ReachCategory, Decimal>>;
  /** The `Totaal` row's category figures as printed, when it has any. */
  readonly printedCategories?: CategoriesRead["counts"];
  readonly findings: readonly Discrepancy[];
}

const wholeNumber = (d: Decimal) => /^\d+$/.test(toDecimalString(d));

const TBD = /^(n\.?t\.?b\.?|nader te bepalen|pm)$/i;

/**
 * A `diensten-bereik-<opgave>` table of the 2022 application: `Dienst | Uitvoering | Bereik`,
 * a heading row (`Langdurige Armoede:`) over the rows below it, a `Totaal` row last. A reach
 * of `n.t.b.` or `-` is to be determined and not counted; `890*` is 890 with a footnote; a
 * service with nothing printed after one with a figure shares that figure (printed once).
 * Reach is counted as the manifest says (`counting`): the tables do not say whether it is unique.
 * A table may split reach into residents, volunteers and chain partners (`Inwoners |
 * Vrijwilligers | Ketenpartners` columns): each service's split must add up to its reach, and
 * the `Totaal` row's split to the services' (`reach-total` discrepancies otherwise).
 */
export const parseServices = (
  table: Table,
  opgave: string,
  counting: "unique" | "contacts",
): ServiceTable => {
  const file = table.file;
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const cols = read.columns;
  const services: ServiceJson[] = [];
  let planned: Decimal = ZERO;
  let printedTotal: Decimal | undefined;
  let printedCategories: CategoriesRead["counts"] | undefined;
  const split = REACH_CATEGORIES.some((c) => cols?.has(c) === true);
  const categoriesOf = (row: TableRow, name: string, stated?: Decimal) => {
    if (!split || cols === undefined) return undefined;
    const read = readCategories((c) => cols.cell(row, c), stated, { file, line: row.line, name });
    findings.push(...read.findings);
    return read.counts;
  };
  let group: string | undefined;
  let previousHadFigure = false;
  const used = new Set<string>();
  for (const row of cols?.body ?? []) {
    const [name, by, reach] = (["name", "by", "reach"] as const).map((k) => cols?.cell(row, k) ?? "") as [
      string,
      string,
      string,
    ];
    if (name === "" && reach === "") continue;
    if (/^totaal$/i.test(name)) {
      const total = parseDutchDecimal(reach);
      if (E.isRight(total)) printedTotal = total.right;
      else
        findings.push(
          finding(
            "not-a-number",
            "discrepancy",
            file,
            row.line,
            "a number",
            reach,
            coded("services-total-not-a-number", { printed: reach }),
          ),
        );
      if (printedTotal !== undefined && compare(printedTotal, planned) !== 0)
        findings.push(
          finding(
            "reach-total",
            "discrepancy",
            file,
            row.line,
            toDecimalString(planned),
            toDecimalString(printedTotal),
            coded("services-total-reach", {
              printed: toDecimalString(printedTotal),
              sum: toDecimalString(planned),
            }),
          ),
        );
      const totals = categoriesOf(row, name, printedTotal);
      if (totals !== undefined && totals.length > 0) {
        printedCategories = totals;
        findings.push(
          ...categoryTotalsAgainstServices(totals, categorySums(services), { file, line: row.line }),
        );
      }
      break;
    }
    if (by === "" && reach === "" && /:$/.test(name)) {
      group = name.replace(/:$/, "");
      continue;
    }
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const base = {
      id,
      service: name,
      opgave,
      counting,
      ...(by === "" ? {} : { deliveredBy: by }),
      ...(group === undefined ? {} : { group }),
    };
    const figure = reach.replace(/\*+$/, "");
    const unchecked = () => {
      const counts = categoriesOf(row, name);
      return counts === undefined || counts.length === 0 ? {} : { categories: counts };
    };
    if (reach === "") {
      services.push({ ...base, ...unchecked(), planned: { state: "toBeDetermined" } });
      findings.push(
        finding(
          "reach-figure",
          "note",
          file,
          row.line,
          "a reach",
          "nothing",
          coded(previousHadFigure ? "services-reach-shared" : "services-no-reach", { service: name }),
        ),
      );
      previousHadFigure = false;
      continue;
    }
    if (TBD.test(reach) || reach === "-") {
      services.push({ ...base, ...unchecked(), planned: { state: "toBeDetermined", printed: reach } });
      findings.push(
        finding(
          "reach-figure",
          "note",
          file,
          row.line,
          "a reach",
          reach,
          coded("services-reach-to-be-determined", { service: name, printed: reach }),
        ),
      );
      previousHadFigure = false;
      continue;
    }
    const n = parseDutchDecimal(figure);
    if (E.isLeft(n) || !wholeNumber(n.right)) {
      findings.push(
        finding(
          "not-a-number",
          "discrepancy",
          file,
          row.line,
          "a whole number of people or contacts",
          reach,
          coded("services-reach-not-whole", { service: name, printed: reach }),
        ),
      );
      previousHadFigure = false;
      continue;
    }
    if (figure !== reach)
      findings.push(
        finding(
          "reach-figure",
          "note",
          file,
          row.line,
          "a number",
          reach,
          coded("services-reach-footnote", {
            service: name,
            printed: reach,
            read: toDecimalString(n.right),
          }),
        ),
      );
    planned = add(planned, n.right);
    const counts = categoriesOf(row, name, n.right);
    services.push({
      ...base,
      ...(counts === undefined || counts.length === 0 ? {} : { categories: counts }),
      planned: Number(toDecimalString(n.right)),
    });
    previousHadFigure = true;
  }
  return {
    opgave,
    file,
    services,
    planned,
    ...(printedTotal === undefined ? {} : { printedTotal }),
    ...(split ? { categories: categorySums(services) } : {}),
    ...(printedCategories === undefined ? {} : { printedCategories }),
    findings,
  };
};
