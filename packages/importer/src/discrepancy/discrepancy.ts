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
    "ambiguous-work-type": null,
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

/** A 1-based line number: what JSON carries back as the same number (never NaN, never 0). */
const LineNumber = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 1, "LineNumber");

const Location = t.type({ file: t.string, line: LineNumber });

/**
 * One problem, with where it is (file relative to the manifest, 1-based line), what was expected
 * and what was found. `related` points at the other document when two views disagree.
 */
export const Discrepancy = t.intersection(
  [
    t.type({
      kind: DiscrepancyKind,
      file: t.string,
      line: LineNumber,
      expected: t.string,
      found: t.string,
      message: t.string,
    }),
    t.partial({ resultArea: t.string, workType: t.string, district: t.string, related: Location }),
  ],
  "Discrepancy",
);
export type Discrepancy = t.TypeOf<typeof Discrepancy>;

/**
 * Discrepancies as recorded in imported events (`metadata.annotations.importDiscrepancies`):
 * what the auditor decodes again. Every discrepancy the importer reports must pass it.
 */
export const RecordedDiscrepancies = t.array(Discrepancy, "RecordedDiscrepancies");

/** Where a row came from, for messages: `annex-de-velden.tsv:3`. */
export const at = (file: string, line: number): string => `${file}:${line}`;

export const byLocation = (a: Discrepancy, b: Discrepancy): number =>
  a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
