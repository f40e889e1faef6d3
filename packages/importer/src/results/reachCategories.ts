import {
  type Decimal,
  type ReachCategory,
  ZERO,
  add,
  compare,
  decimal,
  parseDutchDecimal,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { type ColumnSpec, column } from "./columns";
import { finding } from "./finding";

/** The categories a services table may split its reach into, in the order reports list them. */
export const REACH_CATEGORIES: readonly ReachCategory[] = ["residents", "volunteers", "chainPartners"];

/** How documents head the category columns (`Inwoners | Vrijwilligers | Ketenpartners`). */
export const CATEGORY_COLUMNS: readonly ColumnSpec<ReachCategory>[] = [
  column("residents", "Inwoners", false, /^(bereik\s+)?(inwoners|bewoners)/i),
  column("volunteers", "Vrijwilligers", false, /^(bereik\s+)?vrijwillig/i),
  column("chainPartners", "Ketenpartners", false, /^(bereik\s+)?(keten)?partners/i),
];

const NOT_GIVEN = /^(-|–|n\.?t\.?b\.?|nader te bepalen)?$/i;
const UNDETERMINED = /^n\.?t\.?b\.?|nader te bepalen$/i;

export interface CategoriesRead {
  /** The categories the row gives a figure for, in `REACH_CATEGORIES` order. */
  readonly counts: readonly { readonly category: ReachCategory; readonly count: number }[];
  readonly findings: readonly Discrepancy[];
}

/**
 * The per-category figures of one row (a service or the `Totaal` row), checked against the
 * reach the row states: a split that does not add up to it is a `reach-total` discrepancy, as
 * a wrong subtotal is. A category cell left empty or printed `-` counts none; one `n.t.b.`
 * leaves that category out, and the split is then checked only for not exceeding the reach.
 */
export const readCategories = (
  cell: (category: ReachCategory) => string,
  stated: Decimal | undefined,
  where: { readonly file: string; readonly line: number; readonly name: string },
): CategoriesRead => {
  const findings: Discrepancy[] = [];
  const counts: { category: ReachCategory; count: number }[] = [];
  let sum: Decimal = ZERO;
  let complete = true;
  for (const category of REACH_CATEGORIES) {
    const printed = cell(category).replace(/\*+$/, "");
    if (NOT_GIVEN.test(printed)) {
      if (UNDETERMINED.test(printed)) complete = false;
      continue;
    }
    const n = parseDutchDecimal(printed);
    if (E.isLeft(n) || !/^\d+$/.test(toDecimalString(n.right))) {
      complete = false;
      findings.push(
        finding(
          "not-a-number",
          "discrepancy",
          where.file,
          where.line,
          "a whole number of people or contacts",
          printed,
          coded("reach-category-not-whole", { category, service: where.name, printed }),
        ),
      );
      continue;
    }
    sum = add(sum, n.right);
    counts.push({ category, count: Number(toDecimalString(n.right)) });
  }
  if (counts.length === 0 || stated === undefined) return { counts, findings };
  const split = {
    service: where.name,
    parts: counts.map((c) => `${c.category} ${c.count}`).join("\n"),
    sum: toDecimalString(sum),
    stated: toDecimalString(stated),
  };
  // A split with a category still to be determined may fall short of the reach (the rest is
  // not known yet), but what it does give can never exceed the reach: the categories partition
  // the people or contacts counted, whether the document counts them unique or not.
  const wrong = complete ? compare(sum, stated) !== 0 : compare(sum, stated) > 0;
  if (wrong)
    findings.push(
      finding(
        "reach-total",
        "discrepancy",
        where.file,
        where.line,
        toDecimalString(stated),
        toDecimalString(sum),
        coded(complete ? "reach-categories-not-reach" : "reach-categories-over-reach", split),
      ),
    );
  return { counts, findings };
};

/** Per category, the sum over the services that give one. */
export const categorySums = (
  services: readonly { readonly categories?: readonly { category: ReachCategory; count: number }[] }[],
): Partial<Record<ReachCategory, Decimal>> => {
  const sums: Partial<Record<ReachCategory, Decimal>> = {};
  for (const s of services)
    for (const c of s.categories ?? []) sums[c.category] = add(sums[c.category] ?? ZERO, decimal(c.count));
  return sums;
};

/**
 * The `Totaal` row's category figures against the services' sums: a category total that is not
 * the sum of its services is a `reach-total` discrepancy at the `Totaal` line.
 */
export const categoryTotalsAgainstServices = (
  printed: readonly { readonly category: ReachCategory; readonly count: number }[],
  sums: Partial<Record<ReachCategory, Decimal>>,
  where: { readonly file: string; readonly line: number },
): Discrepancy[] =>
  printed.flatMap((p) => {
    const sum = sums[p.category] ?? ZERO;
    const total = decimal(p.count);
    return compare(sum, total) === 0
      ? []
      : [
          finding(
            "reach-total",
            "discrepancy",
            where.file,
            where.line,
            toDecimalString(sum),
            toDecimalString(total),
            coded("reach-category-total", {
              category: p.category,
              printed: toDecimalString(total),
              sum: toDecimalString(sum),
            }),
          ),
        ];
  });

export const categoryStrings = (
  sums: Partial<Record<ReachCategory, Decimal>>,
): Partial<Record<ReachCategory, string>> =>
  Object.fromEntries(
    REACH_CATEGORIES.flatMap((c) => {
      const v = sums[c];
      return v === undefined ? [] : [[c, toDecimalString(v)]];
    }),
  );
