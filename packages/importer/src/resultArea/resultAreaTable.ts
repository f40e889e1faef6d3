import type { UnitKind } from "@grant-ledger/core";
import type { Reading } from "../table/reading";

/** One work-type row of a result-area matrix, as printed. Districts are normalised names. */
export interface ResultAreaRow {
  readonly line: number;
  readonly workType: string;
  /** Set in a table of products: the product's name as printed; `workType` is the one they belong to. */
  readonly product?: string | undefined;
  readonly kind: UnitKind;
  readonly cells: ReadonlyMap<string, Reading>;
  readonly total: Reading;
  readonly offer: Reading;
  /** Cells disagree about their unit kind: totals over this row are not checked. */
  readonly mixedKinds: boolean;
}

/** The last, unlabelled row: printed column totals. */
export interface ColumnTotals {
  readonly line: number;
  readonly cells: ReadonlyMap<string, Reading>;
  readonly total: Reading;
  readonly offer: Reading;
}

export interface ResultAreaTable {
  readonly file: string;
  readonly resultArea: string;
  readonly headerLine: number;
  readonly districts: readonly string[];
  readonly hasTotal: boolean;
  readonly hasOffer: boolean;
  readonly rows: readonly ResultAreaRow[];
  readonly columnTotals?: ColumnTotals | undefined;
  /** The work type whose products the rows are, when the table lists products (see `productRows.ts`). */
  readonly productsOf?: string | undefined;
}
