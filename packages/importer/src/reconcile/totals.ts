import {
  type Decimal,
  type MatrixEntry,
  type Product,
  ZERO,
  add,
  round,
  toDecimalString,
} from "@grant-ledger/core";
import type { Annex } from "../annex/parseAnnex";
import type { BudgetTotals } from "../budget/checkBudget";
import type { ResultsTotals } from "../results/readResults";

/** `{ "2": { "hours": "8365", "groups": "82" } }`: exact decimals as strings, per key and unit kind. */
export type TotalsByKind = Record<string, Record<string, string>>;

export interface ReconcileTotals {
  readonly contract: TotalsByKind;
  readonly offer: TotalsByKind;
  /** Per district, as the annexes state it (their readable rows). */
  readonly districts: TotalsByKind;
  /** Per product (`1/AMW Intake`): its contract units over its cells, per unit kind. */
  readonly products: TotalsByKind;
  /** Per budget: exact hours and exact euros, unrounded; `euros` rounded half up for presentation. */
  readonly budgets: Record<
    string,
    { readonly hours: string; readonly amount: string; readonly euros: string; readonly complete: boolean }
  >;
  /** All money: costs, contributions, grant, shortfall and deficit as exact euro strings, and costs per group. */
  readonly budget: {
    readonly costs: string;
    readonly contributions: string;
    readonly grant: string;
    readonly shortfall: string;
    readonly deficit: string;
    readonly groups: Record<string, string>;
  };
  /** What the results sections hold: result rows, direct hours, goal tables, planned reach. */
  readonly results: ResultsTotals;
}

const toStrings = (m: Map<string, Map<string, Decimal>>): TotalsByKind =>
  Object.fromEntries(
    [...m].map(([key, perKind]) => [
      key,
      Object.fromEntries([...perKind].map(([k, v]) => [k, toDecimalString(v)])),
    ]),
  );

export const totalsByResultArea = (entries: readonly MatrixEntry[]): TotalsByKind => {
  const m = new Map<string, Map<string, Decimal>>();
  for (const e of entries) {
    const perKind = m.get(e.position.resultArea) ?? new Map<string, Decimal>();
    perKind.set(e.quantity.kind, add(perKind.get(e.quantity.kind) ?? ZERO, e.quantity.amount));
    m.set(e.position.resultArea, perKind);
  }
  return toStrings(m);
};

export const totalsByDistrict = (annexes: readonly Annex[]): TotalsByKind =>
  toStrings(new Map(annexes.map((a) => [a.district, new Map(a.sums)])));

export const budgetTotals = (
  budgets: readonly { name: string; totals: BudgetTotals }[],
): ReconcileTotals["budgets"] =>
  Object.fromEntries(
    budgets.map((b) => [
      b.name,
      {
        hours: toDecimalString(b.totals.hours),
        amount: toDecimalString(b.totals.amount),
        euros: toDecimalString(round(b.totals.amount, 0)),
        complete: b.totals.complete,
      },
    ]),
  );

export const totalsByProduct = (products: readonly Product[]): TotalsByKind => {
  const m = new Map<string, Map<string, Decimal>>();
  for (const p of products) {
    const perKind = new Map<string, Decimal>();
    for (const e of p.contract)
      perKind.set(e.quantity.kind, add(perKind.get(e.quantity.kind) ?? ZERO, e.quantity.amount));
    m.set(`${p.row.resultArea}/${p.row.workType} ${p.name}`, perKind);
  }
  return toStrings(m);
};
