import * as t from "io-ts";

/**
 * Every kind of problem the importer can report. Each is specific enough that a reader knows
 * what to fix without opening the code: a wrong row total is not a wrong column total.
 */
export const DiscrepancyKind = t.keyof(
  {
    "empty-file": null,
    "unparseable-file": null,
    "missing-column": null,
    "misaligned-row": null,
    "not-a-number": null,
    "unit-mismatch": null,
    "duplicate-row": null,
    "missing-total-row": null,
    "row-total": null,
    "column-total": null,
    "grand-total": null,
    "offer-total": null,
    "unknown-result-area": null,
    "annex-total": null,
    "annex-mismatch": null,
    "annex-missing-row": null,
    "budget-hours": null,
    "budget-amount": null,
    "budget-subtotal": null,
  },
  "DiscrepancyKind",
);
export type DiscrepancyKind = t.TypeOf<typeof DiscrepancyKind>;

const Location = t.type({ file: t.string, line: t.number });

/**
 * One problem, with where it is (file relative to the manifest, 1-based line), what was expected
 * and what was found. `related` points at the other document when two views disagree.
 */
export const Discrepancy = t.intersection(
  [
    t.type({
      kind: DiscrepancyKind,
      file: t.string,
      line: t.number,
      expected: t.string,
      found: t.string,
      message: t.string,
    }),
    t.partial({ resultArea: t.string, workType: t.string, district: t.string, related: Location }),
  ],
  "Discrepancy",
);
export type Discrepancy = t.TypeOf<typeof Discrepancy>;

/** Where a row came from, for messages: `annex-de-velden.tsv:3`. */
export const at = (file: string, line: number): string => `${file}:${line}`;

export const byLocation = (a: Discrepancy, b: Discrepancy): number =>
  a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
