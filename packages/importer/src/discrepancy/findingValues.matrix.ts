/** A quantity: an exact decimal and its unit kind. */
export type Q = { readonly amount: string; readonly kind: string };
/** What a cell holds instead: a quantity of another figure, text that is none, or nothing. */
export type Found = { readonly found?: string; readonly foundKind?: string; readonly foundText?: string };

/**
 * The findings of the tables and the result-area matrices, by code, with the values each carries
 * (see `FindingValues`).
 */
export interface MatrixFindingValues {
  // tables
  "empty-file": { readonly file: string };
  "unparseable-file": { readonly file: string; readonly delimiter: string; readonly reason: string };
  // result-area matrices
  "matrix-no-column": { readonly resultArea: string; readonly column: string };
  "matrix-unnamed-column": { readonly resultArea: string; readonly column: string };
  "matrix-separator-row": { readonly resultArea: string };
  "matrix-label-only-row": { readonly label: string };
  "matrix-misaligned-row": { readonly label: string; readonly columns: string; readonly cells: string };
  "matrix-row-without-work-type": { readonly resultArea: string };
  "matrix-not-a-number": {
    readonly workType?: string;
    readonly column: string;
    readonly raw: string;
    readonly reason: string;
  };
  "matrix-mixed-kinds": { readonly label: string; readonly kinds: string };
  "matrix-several-work-types": { readonly label: string; readonly workType: string };
  "matrix-duplicate-work-type": { readonly workType: string; readonly resultArea: string };
  "matrix-duplicate-product": {
    readonly product: string;
    readonly workType: string;
    readonly resultArea: string;
  };
  "matrix-no-total-row": { readonly resultArea: string };
  "matrix-row-total": Q &
    Found & { readonly resultArea: string; readonly workType: string; readonly product?: string };
  "matrix-column-total": Q & Found & { readonly resultArea: string; readonly district: string };
  "matrix-grand-total": Q & Found & { readonly resultArea: string; readonly column: string };
  "matrix-products-of": { readonly resultArea: string; readonly workType: string; readonly line: string };
  "matrix-rows-as-work-types": { readonly resultArea: string };
  "matrix-no-district-column": { readonly resultArea: string; readonly district: string };
  "matrix-no-annex-column": { readonly resultArea: string; readonly district: string };
}

/** Its codes, for the `FindingCode` codec (the type makes it list every one). */
export const MATRIX_CODES: Record<keyof MatrixFindingValues, null> = {
  "empty-file": null,
  "unparseable-file": null,
  "matrix-no-column": null,
  "matrix-unnamed-column": null,
  "matrix-separator-row": null,
  "matrix-label-only-row": null,
  "matrix-misaligned-row": null,
  "matrix-row-without-work-type": null,
  "matrix-not-a-number": null,
  "matrix-mixed-kinds": null,
  "matrix-several-work-types": null,
  "matrix-duplicate-work-type": null,
  "matrix-duplicate-product": null,
  "matrix-no-total-row": null,
  "matrix-row-total": null,
  "matrix-column-total": null,
  "matrix-grand-total": null,
  "matrix-products-of": null,
  "matrix-rows-as-work-types": null,
  "matrix-no-district-column": null,
  "matrix-no-annex-column": null,
};
