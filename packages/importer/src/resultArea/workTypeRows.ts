import { add } from "@grant-ledger/core";
import type { Reading } from "../table/reading";
import type { ResultAreaRow, ResultAreaTable } from "./resultAreaTable";

const plus = (a: Reading, b: Reading): Reading => {
  if (a._tag === "Empty") return b;
  if (b._tag === "Empty" || a._tag === "Unreadable") return a;
  if (b._tag === "Unreadable") return b;
  if (a.quantity.kind !== b.quantity.kind)
    return {
      _tag: "Unreadable",
      raw: `${a.raw} + ${b.raw}`,
      message: `products count ${a.quantity.kind} and ${b.quantity.kind}: they do not add up`,
    };
  return {
    _tag: "Value",
    raw: `${a.raw} + ${b.raw}`,
    quantity: { kind: a.quantity.kind, amount: add(a.quantity.amount, b.quantity.amount) },
    explicitKind: a.explicitKind || b.explicitKind,
  };
};

const merged = (a: ResultAreaRow, b: ResultAreaRow): ResultAreaRow => {
  const cells = new Map(a.cells);
  for (const [district, r] of b.cells) cells.set(district, plus(cells.get(district) ?? { _tag: "Empty" }, r));
  const { product: _, ...first } = a;
  return {
    ...first,
    cells,
    total: plus(a.total, b.total),
    offer: plus(a.offer, b.offer),
    mixedKinds: a.mixedKinds || b.mixedKinds || a.kind !== b.kind,
  };
};

/**
 * The table at the level of work types, the level the contract and the annexes state: in a
 * table of products, the products of a work type summed into one row (at the first product's
 * line); otherwise the rows as read.
 */
export const workTypeRows = (t: ResultAreaTable): readonly ResultAreaRow[] => {
  if (t.productsOf === undefined) return t.rows;
  const byWorkType = new Map<string, ResultAreaRow>();
  for (const row of t.rows) {
    const known = byWorkType.get(row.workType);
    byWorkType.set(row.workType, known === undefined ? { ...row, product: undefined } : merged(known, row));
  }
  return [...byWorkType.values()];
};
