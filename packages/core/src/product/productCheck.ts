import type { ProductsProblemCode } from "../agreement/errors";
import { granularityOf, positionKey } from "../cell/position";
import { type Matrix, entryAt } from "../matrix/matrix";
import { type Decimal, ZERO, add, equals, toDecimalString } from "../quantity/decimal";
import type { UnitKind } from "../quantity/unitKind";
import { type Product, productNameKey } from "./product";

/** Why a product list does not describe the matrix it breaks down. */
export type ProductProblem =
  | { readonly _tag: "Shape"; readonly problem: string; readonly code: ProductsProblemCode }
  | {
      readonly _tag: "Sum";
      readonly position: string;
      readonly kind: UnitKind;
      /** Exact decimal strings; `matrix` is null where the matrix has nothing at the position. */
      readonly products: string;
      readonly matrix: string | null;
    };

interface Sum {
  readonly kind: UnitKind;
  readonly amount: Decimal;
}

const shape = (problem: string, code: ProductsProblemCode): ProductProblem => ({
  _tag: "Shape",
  problem,
  code,
});

const addTo = (sums: Map<string, Sum>, key: string, q: Sum): ProductProblem | undefined => {
  const known = sums.get(key);
  if (known !== undefined && known.kind !== q.kind)
    return shape(`products of ${key} count both ${known.kind} and ${q.kind}`, {
      kind: "mixed-kinds",
      position: key,
      kinds: [known.kind, q.kind],
    });
  sums.set(key, { kind: q.kind, amount: add(known?.amount ?? ZERO, q.amount) });
  return undefined;
};

const rowOf = (p: Product["row"]): Product["row"] => ({ resultArea: p.resultArea, workType: p.workType });

/** The offer of a row: printed per row (the 2007 tables), or the sum of its cells. */
const offerOfRow = (offer: Matrix, row: Product["row"]): Sum | undefined => {
  const printed = entryAt(offer, row);
  if (printed !== undefined) return printed.quantity;
  let sum: Sum | undefined;
  for (const e of offer.values()) {
    if (e.position.resultArea !== row.resultArea || e.position.workType !== row.workType) continue;
    if (sum !== undefined && sum.kind !== e.quantity.kind) return undefined;
    sum = { kind: e.quantity.kind, amount: add(sum?.amount ?? ZERO, e.quantity.amount) };
  }
  return sum;
};

/** The products' sum against what the matrix holds at a position (no products there: 0). */
const compared = (
  position: string,
  sum: Sum | undefined,
  held: Sum | undefined,
): ProductProblem | undefined => {
  if (held !== undefined && sum !== undefined && held.kind !== sum.kind)
    return shape(`the products of ${position} count ${sum.kind}, the matrix counts ${held.kind} there`, {
      kind: "kind-differs",
      position,
      products: sum.kind,
      matrix: held.kind,
    });
  const amount = sum?.amount ?? ZERO;
  if (held !== undefined && equals(amount, held.amount)) return undefined;
  return {
    _tag: "Sum",
    position,
    kind: (sum ?? held)!.kind,
    products: toDecimalString(amount),
    matrix: held === undefined ? null : toDecimalString(held.amount),
  };
};

/**
 * Products break down the matrix, they never add to it: per cell, the products' units add up
 * to the cell's units in `contract`; per row, where every product gives an offer, the offers add
 * up to the row's offer. A row with products is covered entirely: a cell of the row that no
 * product names would hold units no product is for.
 */
export const productsProblem = (
  products: readonly Product[],
  offer: Matrix,
  contract: Matrix,
): ProductProblem | undefined => {
  const names = new Set<string>();
  const cellSums = new Map<string, Sum>();
  const offerSums = new Map<string, Sum>();
  const withoutOffer = new Set<string>();
  const rows = new Map<string, Product["row"]>();
  for (const p of products) {
    const row = positionKey(p.row);
    const what = `product ${JSON.stringify(p.name)} of ${row}`;
    if (granularityOf(p.row) !== "row")
      return shape(
        `${what}: a product belongs to a row (result area and work type), not to a cell or result area`,
        { kind: "not-a-row", product: p.name, row },
      );
    const name = `${row} ${productNameKey(p.name)}`;
    if (names.has(name))
      return shape(`${what} is given twice`, { kind: "product-twice", product: p.name, row });
    names.add(name);
    if (p.contract.length === 0 && p.offer === undefined)
      return shape(`${what} gives neither contract nor offer units`, {
        kind: "no-units",
        product: p.name,
        row,
      });
    rows.set(row, p.row);
    for (const e of p.contract) {
      if (
        granularityOf(e.position) !== "cell" ||
        e.position.resultArea !== p.row.resultArea ||
        e.position.workType !== p.row.workType
      )
        return shape(`${what} gives units at ${positionKey(e.position)}, which is not a cell of its row`, {
          kind: "outside-row",
          product: p.name,
          row,
          position: positionKey(e.position),
        });
      const mixed = addTo(cellSums, positionKey(e.position), e.quantity);
      if (mixed !== undefined) return mixed;
    }
    if (p.offer === undefined) withoutOffer.add(row);
    else {
      const mixed = addTo(offerSums, row, p.offer);
      if (mixed !== undefined) return mixed;
    }
  }
  // Every cell of a described row, named by a product or only by the matrix.
  const cells = new Set(cellSums.keys());
  for (const e of contract.values())
    if (granularityOf(e.position) === "cell" && rows.has(positionKey(rowOf(e.position))))
      cells.add(positionKey(e.position));
  for (const cell of cells) {
    const problem = compared(cell, cellSums.get(cell), contract.get(cell)?.quantity);
    if (problem !== undefined) return problem;
  }
  for (const [row, sum] of offerSums) {
    if (withoutOffer.has(row)) continue;
    const problem = compared(row, sum, offerOfRow(offer, rows.get(row)!));
    if (problem !== undefined) return problem;
  }
  return undefined;
};
