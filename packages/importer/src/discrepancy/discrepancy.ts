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
    "slipped-units": null,
    "product-rows": null,
    "budget-hours": null,
    "budget-amount": null,
    "budget-subtotal": null,
    "budget-line": null,
    "cost-calculation": null,
    "section-total": null,
    contribution: null,
    "printed-total": null,
    "deadline-spelling": null,
    "unfunded-work-type": null,
    "no-work-type": null,
    "not-a-work-type": null,
    "activity-without-result": null,
    "reach-total": null,
    "reach-figure": null,
    "contractor-role": null,
    "contractor-not-listed": null,
    "contractor-name": null,
    "contractor-hours": null,
    "baseline-date": null,
    "indicator-target": null,
    "frame-label": null,
    "to-be-determined": null,
    // Issue 16, results framework (second round): tables read by their headings, the Sedna
    // impact list and the Rheden policy frame.
    "unknown-column": null,
    "impact-opgave": null,
    "effect-name": null,
    "effect-not-in-frame": null,
    "effect-without-table": null,
    "listed-count": null,
    "code-reading": null,
    "planning-date": null,
  },
  "DiscrepancyKind",
);
export type DiscrepancyKind = t.TypeOf<typeof DiscrepancyKind>;

/**
 * `discrepancy`: the document contradicts itself. `note`: something the importer could not
 * check or had to interpret, stated plainly. Only discrepancies fail a reconciliation.
 */
export const Severity = t.keyof({ discrepancy: null, note: null }, "Severity");
export type Severity = t.TypeOf<typeof Severity>;

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
    t.partial({
      resultArea: t.string,
      workType: t.string,
      district: t.string,
      related: Location,
      severity: Severity,
      // What the finding is, as data (`findingCode.ts`), for wording it in any language. A
      // string, not the code list: an import recorded by a later version must still decode.
      code: t.string,
      values: t.record(t.string, t.string),
    }),
  ],
  "Discrepancy",
);
export type Discrepancy = t.TypeOf<typeof Discrepancy>;

/** A finding as reported: always with its severity. */
export type Finding = Discrepancy & { readonly severity: Severity };

/** Findings recorded before severities existed were all discrepancies. */
export const withSeverity = (d: Discrepancy): Finding => ({ ...d, severity: d.severity ?? "discrepancy" });

/** The findings that make a document contradict itself: these fail `reconcile` and stop `import`. */
export const contradictions = (ds: readonly Discrepancy[]): Discrepancy[] =>
  ds.filter((d) => (d.severity ?? "discrepancy") === "discrepancy");

/**
 * Discrepancies as recorded in imported events (`metadata.annotations.importDiscrepancies`):
 * what the auditor decodes again. Every discrepancy the importer reports must pass it.
 */
export const RecordedDiscrepancies = t.array(Discrepancy, "RecordedDiscrepancies");

/** Where a row came from, for messages: `annex-de-velden.tsv:3`. */
export const at = (file: string, line: number): string => `${file}:${line}`;

export const byLocation = (a: Discrepancy, b: Discrepancy): number =>
  a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
