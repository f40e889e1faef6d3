import { type MatrixEntry, type Product, position } from "@grant-ledger/core";
import { isValue } from "../table/reading";
import type { ResultAreaTable } from "./resultAreaTable";
import { workTypeRows } from "./workTypeRows";

/**
 * The contract as the table states it, at the finest level printed: one entry per filled district
 * cell; a row printed only as a total (`psz`: 82 groepen) becomes one entry for the row. Products
 * are summed into their work type's cells (see `productEntries`).
 */
export const contractEntries = (t: ResultAreaTable): MatrixEntry[] =>
  workTypeRows(t).flatMap((row): MatrixEntry[] => {
    const cells = [...row.cells].flatMap(([district, r]): MatrixEntry[] =>
      isValue(r) ? [{ position: position(t.resultArea, row.workType, district), quantity: r.quantity }] : [],
    );
    if (cells.length > 0) return cells;
    return isValue(row.total)
      ? [{ position: position(t.resultArea, row.workType), quantity: row.total.quantity }]
      : [];
  });

/** The offer: the `Offerte` column, known per row only. A row without an offer value has none. */
export const offerEntries = (t: ResultAreaTable): MatrixEntry[] =>
  workTypeRows(t).flatMap((row): MatrixEntry[] =>
    isValue(row.offer)
      ? [{ position: position(t.resultArea, row.workType), quantity: row.offer.quantity }]
      : [],
  );

/** A table of products as the products the core records: each with its cells and its offer. */
export const productEntries = (t: ResultAreaTable): Product[] =>
  t.rows.flatMap((row): Product[] => {
    if (row.product === undefined) return [];
    const contract = [...row.cells].flatMap(([district, r]): MatrixEntry[] =>
      isValue(r) ? [{ position: position(t.resultArea, row.workType, district), quantity: r.quantity }] : [],
    );
    return [
      {
        row: position(t.resultArea, row.workType),
        name: row.product,
        contract,
        ...(isValue(row.offer) ? { offer: row.offer.quantity } : {}),
      },
    ];
  });
