import {
  type BudgetGroup,
  type Contributions,
  type Decimal,
  type Financing,
  ZERO,
  add,
  financingOf,
  toDecimalString,
} from "@grant-ledger/core";
import { type BudgetTotals, checkBudget } from "../budget/checkBudget";
import { parseBudget } from "../budget/parseBudget";
import { parseContributions } from "../contributions/parseContributions";
import { checkCostLines, costGroups } from "../costLines/checkCostLines";
import { parseCostLines } from "../costLines/parseCostLines";
import type { Discrepancy } from "../discrepancy/discrepancy";
import type { LoadedManifest } from "../manifest/loadManifest";
import { slug } from "../naming/slug";
import { checkPrintedTotals } from "../printedTotals/checkPrintedTotals";
import type { Table } from "../table/readTable";

/** The money the documents state: budget groups to import, contributions, and the computed financing. */
export interface MoneyRead {
  readonly groups: readonly BudgetGroup[];
  readonly contributions: Contributions;
  readonly financing: Financing;
  /** Exact costs per group (budget table or cost-line section), by its printed name. */
  readonly perGroup: readonly { readonly name: string; readonly amount: Decimal }[];
  readonly budgets: readonly { readonly name: string; readonly totals: BudgetTotals }[];
  readonly discrepancies: readonly Discrepancy[];
}

/** Gives every group a code of its own: the slug of its name, numbered when two names share one. */
const codes = () => {
  const used = new Set<string>();
  return (name: string): string => {
    const base = slug(name);
    let code = base;
    for (let n = 2; used.has(code); n++) code = `${base}-${n}`;
    used.add(code);
    return code;
  };
};

/**
 * Reads the budgets (`begroting-*.tsv`), the cost lines in sections (`kosten.tsv`) and the
 * contributions a manifest lists, and checks the printed totals against what they compute.
 * Costs are the exact sums of the lines; the grant is the manifest's, or 0.
 */
export const readMoney = (m: LoadedManifest, tableOf: (file: string) => Table | undefined): MoneyRead => {
  const discrepancies: Discrepancy[] = [];
  const codeOf = codes();
  const groups: BudgetGroup[] = [];
  const perGroup: { name: string; amount: Decimal }[] = [];
  const budgets: { name: string; totals: BudgetTotals }[] = [];
  for (const b of m.budgets) {
    const source = tableOf(b.table);
    if (source === undefined) continue;
    const parsed = parseBudget(source, b.name);
    const checked = checkBudget(parsed.budget, b.hoursPerFte);
    discrepancies.push(...parsed.discrepancies, ...checked.discrepancies);
    budgets.push({ name: b.name, totals: checked.totals });
    perGroup.push({ name: b.name, amount: checked.totals.amount });
    if (checked.lines.length > 0) groups.push({ code: codeOf(b.name), name: b.name, lines: checked.lines });
  }
  for (const c of m.costLines) {
    const source = tableOf(c.table);
    if (source === undefined) continue;
    const parsed = parseCostLines(source, c.name);
    const checked = checkCostLines(parsed.table);
    discrepancies.push(...parsed.discrepancies, ...checked.discrepancies);
    for (const g of checked.groups) perGroup.push({ name: g.title, amount: g.amount });
    groups.push(...costGroups(checked, codeOf));
  }
  const contributions: Contributions = { parties: [], contributions: [] };
  let contributed = ZERO;
  for (const t of m.contributions) {
    const source = tableOf(t.table);
    if (source === undefined) continue;
    const read = parseContributions(source);
    discrepancies.push(...read.discrepancies);
    const known = new Set(contributions.parties.map((p) => p.id));
    contributions.parties.push(...read.contributions.parties.filter((p) => !known.has(p.id)));
    contributions.contributions.push(...read.contributions.contributions);
    contributed = add(contributed, read.total);
  }
  const costs = perGroup.reduce((s, g) => add(s, g.amount), ZERO);
  const grant = m.manifest.grant;
  const financing = financingOf(costs, contributed, grant?.amountGranted ?? ZERO);
  for (const t of m.printedTotals) {
    const source = tableOf(t.table);
    if (source !== undefined)
      discrepancies.push(...checkPrintedTotals(source, financing, grant !== undefined));
  }
  return { groups, contributions, financing, perGroup, budgets, discrepancies };
};

/** `totals.budget` of `reconcile --json`: exact euro strings, and one entry per group and section. */
export const budgetTotalsJson = (money: MoneyRead) => ({
  costs: toDecimalString(money.financing.costs),
  contributions: toDecimalString(money.financing.contributions),
  grant: toDecimalString(money.financing.grant),
  shortfall: toDecimalString(money.financing.shortfall),
  deficit: toDecimalString(money.financing.deficit),
  groups: Object.fromEntries(money.perGroup.map((g) => [g.name, toDecimalString(g.amount)])),
});
