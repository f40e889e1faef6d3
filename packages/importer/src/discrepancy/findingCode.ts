import * as t from "io-ts";

type Q = { readonly amount: string; readonly kind: string };
type Found = { readonly found?: string; readonly foundKind?: string; readonly foundText?: string };
type Why = "no-tariff" | "no-fte-or-hours";
/** A kind of results table, as its `Layout` names it; `rule` is its English wording, for a kind a language does not word. */
type Rule = { readonly layout?: TableKind; readonly rule: string };
type SummaryRow = { readonly row: "total" | "subtotal" | "service"; readonly name?: string };
/** A reach category as `ReachCategory` of `@grant-ledger/core` names it. */
type Category = "residents" | "volunteers" | "chainPartners";
/** `parts`: the split as given, `category count` per category, one per line; `sum` its exact sum. */
type Split = {
  readonly service: string;
  readonly parts: string;
  readonly sum: string;
  readonly stated: string;
};

/**
 * Every finding the matrix and money sections report, by code, with the values it carries (all
 * strings: exact decimals as written by `toDecimalString`, unit kinds, names as printed). The
 * importer records them next to its English `message`; any language words the same finding
 * from them (`@grant-ledger/cli`'s catalogues). `reason` values are a parser's English account
 * of a number it could not read: only the English wording repeats it.
 */
export interface FindingValues {
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
  // district annexes
  "annex-extra-values": Record<string, never>;
  "annex-row-without-work-type": Record<string, never>;
  "annex-row-without-units": { readonly workType: string };
  "annex-heading-unknown-area": { readonly label: string };
  "annex-label-unknown-area": { readonly label: string };
  "annex-separator-row": { readonly district: string };
  "annex-first-row-no-area": Record<string, never>;
  "annex-several-work-types": { readonly workType: string };
  "annex-not-a-number": { readonly raw: string; readonly reason: string };
  "annex-no-units": { readonly workType: string };
  "annex-duplicate-row": { readonly row: string; readonly district: string };
  "annex-no-total-row": { readonly district: string };
  "annex-total-not-a-number": { readonly district: string; readonly raw: string; readonly reason: string };
  "annex-total": Q & Found & { readonly district: string };
  /** `rows`: `line workType units` per shifted row, separated by `; `. */
  "annex-slipped-units": { readonly from: string; readonly to: string; readonly rows: string };
  "annex-mismatch": Q & {
    readonly resultArea: string;
    readonly workType: string;
    readonly district: string;
    readonly printedOn?: string;
    readonly tableFile: string;
    readonly tableLine?: string;
    /** `no-row`: the table has no row for the work type; `no-cell`: no column; else the `table*` reading. */
    readonly tableHas?: "no-row" | "no-cell";
    readonly table?: string;
    readonly tableKind?: string;
    readonly tableText?: string;
  };
  "annex-missing-row": Q & {
    readonly resultArea: string;
    readonly workType: string;
    readonly district: string;
    readonly tableFile: string;
    readonly tableLine: string;
  };
  // printed totals of the money sections
  "printed-total-unknown": { readonly label: string };
  "printed-total-not-a-number": { readonly label: string; readonly raw: string; readonly reason: string };
  "printed-grant-not-given": { readonly label: string; readonly raw: string };
  "printed-total": {
    readonly label: string;
    readonly figure: "costs" | "contributions" | "grant" | "shortfall" | "deficit";
    readonly computed: string;
    readonly raw: string;
  };
  // budgets
  "budget-lump-sum": { readonly service: string; readonly why: Why; readonly raw: string };
  "budget-to-be-determined": { readonly service: string; readonly why: Why; readonly raw?: string };
  "budget-hours": {
    readonly service: string;
    readonly fte: string;
    readonly hoursPerFte: string;
    readonly exact: string;
    readonly raw: string;
  };
  "budget-amount": {
    readonly service: string;
    readonly hours: string;
    readonly tariff: string;
    readonly exact: string;
    readonly raw: string;
  };
  "budget-no-subtotal": { readonly budget: string };
  "budget-subtotal": {
    readonly label: string;
    readonly budget: string;
    readonly raw: string;
    readonly exact: string;
    readonly printedLines?: string;
  };
  "budget-missing-column": { readonly budget: string; readonly column: string };
  "budget-empty-value": { readonly service: string; readonly column: string };
  "budget-not-a-number": {
    readonly service: string;
    readonly column: string;
    readonly raw: string;
    readonly reason: string;
  };
  // cost lines
  "cost-lines-no-header": { readonly name: string };
  "cost-line-not-a-number": { readonly description: string; readonly raw: string; readonly reason: string };
  "cost-calculation-unreadable": { readonly description: string; readonly reason: string };
  /** `calculation`: the bracketed calculation in the document's own notation. */
  "cost-calculation": {
    readonly description: string;
    readonly calculation: string;
    readonly exact: string;
    readonly raw: string;
  };
  "cost-implausible-rate": {
    readonly description: string;
    readonly rate: string;
    readonly hours: string;
    readonly unit: string;
    readonly plausible: string;
  };
  "cost-unusual-weeks": {
    readonly description: string;
    readonly amount: string;
    readonly unit: string;
    readonly others: string;
    readonly usual: string;
  };
  "cost-to-be-determined": { readonly description: string };
  "cost-section-total": { readonly section: string; readonly exact: string; readonly raw: string };
  // contributions
  "contributions-missing-column": { readonly columns: string };
  "contributions-total": { readonly exact: string; readonly raw: string };
  "contribution-role": { readonly party: string; readonly role?: string };
  "contribution-without-party": Record<string, never>;
  "contribution-hours-rate": { readonly party: string; readonly item: string };
  "contribution-in-kind": {
    readonly party: string;
    readonly item: string;
    readonly hours: string;
    readonly rate: string;
    readonly exact: string;
    readonly raw: string;
  };
  "contribution-not-a-number": {
    readonly party: string;
    readonly item: string;
    readonly raw: string;
    readonly reason: string;
  };
  // the results sections (issue 16)
  "results-deadline-spelling": { readonly printed: string; readonly date: string };
  "results-activity-without-result": { readonly activity: string };
  "results-team-not-work-type": { readonly team: string };
  "results-no-work-type": Record<string, never>;
  "results-words-not-work-type": { readonly words: string };
  "results-unfunded-work-type": { readonly workType: string; readonly cell: string };
  "summary-reach-against-services": {
    readonly heading: string;
    readonly stated: string;
    readonly services: string;
    readonly planned: string;
  };
  /** `row`: the figure's row (`name` the opgave of a subtotal, or the service). */
  "summary-not-counted": SummaryRow & { readonly printed: string };
  "summary-not-a-number": SummaryRow & { readonly printed: string };
  "summary-total-reach": { readonly printed: string; readonly sum: string };
  "summary-subtotal-reach": { readonly opgave: string; readonly printed: string; readonly sum: string };
  /** `columns`: the headings missing, one per line. */
  "results-missing-columns": Rule & { readonly columns: string; readonly header: string };
  "results-unknown-column": Rule & { readonly column: string };
  "impact-without-opgave": Rule & { readonly impact: string };
  "policy-row-without-text": Rule;
  "policy-unknown-heading": Rule & { readonly heading: string; readonly rows: string };
  "effect-unknown-part": Rule & { readonly part: string };
  "frame-not-a-label": { readonly label: string };
  "goal-to-be-determined": { readonly part: "ambition" | "result" | "activity"; readonly printed: string };
  "goal-effect-one-letter-off": { readonly title: string; readonly known: string; readonly line: string };
  "goal-results-not-indicators": { readonly results: string };
  "impact-row-without-impact": { readonly opgave: string };
  "impact-twice": { readonly opgave: string; readonly impact: string };
  "impact-opgave-not-in-summary": { readonly opgave: string; readonly summary: string };
  "summary-opgave-without-impact": { readonly opgave: string; readonly impact: string };
  "policy-listed-count": { readonly heading: string; readonly stated: string; readonly listed: string };
  "policy-code-reading": { readonly printed: string; readonly read: string };
  "policy-planning-no-month": { readonly code: string; readonly when: string };
  "policy-planning-deadline": {
    readonly code: string;
    readonly when: string;
    readonly deadline: string;
    readonly year: string;
  };
  "frame-effect-read-as": {
    readonly title: string;
    readonly file: string;
    readonly line: string;
    readonly effect: string;
    readonly without?: string;
  };
  /** `policyGoal` etc.: the policy goal of the frame the effect reads as, if any. */
  "frame-effect-not-in-frame": {
    readonly title: string;
    readonly frame: string;
    readonly fromLine?: string;
    readonly toLine?: string;
    readonly policyGoal?: string;
    readonly policyLine?: string;
    readonly policyTitle?: string;
    readonly without?: string;
  };
  "frame-effect-without-any-table": { readonly effect: string };
  "frame-effect-without-table": {
    readonly effect: string /** Work fields whose goal table is not in the manifest, one per line. */;
    readonly workFields?: string;
  };
  "effect-baseline-in-period": { readonly year: string; readonly start: string; readonly end: string };
  "effect-indicator-no-target": { readonly indicator: string };
  "contractor-effort-without-figure": {
    readonly organisation: string;
    readonly effect: string;
    readonly rest: string;
  };
  "contractor-not-in-list": { readonly effect: string; readonly organisation: string };
  "contractor-read-as": { readonly organisation: string; readonly effect: string; readonly printed: string };
  "contractor-letter": { readonly effect: string; readonly printed: string; readonly letter?: string };
  // services and their reach (`printed`: the cell as printed; `read`, `sum`: exact decimals)
  "services-total-not-a-number": { readonly printed: string };
  "services-total-reach": { readonly printed: string; readonly sum: string };
  "services-no-reach": { readonly service: string };
  "services-reach-shared": { readonly service: string };
  "services-reach-to-be-determined": { readonly service: string; readonly printed: string };
  "services-reach-not-whole": { readonly service: string; readonly printed: string };
  "services-reach-footnote": { readonly service: string; readonly printed: string; readonly read: string };
  "reach-category-not-whole": {
    readonly category: Category;
    readonly service: string;
    readonly printed: string;
  };
  "reach-categories-over-reach": Split;
  "reach-categories-not-reach": Split;
  "reach-category-total": { readonly category: Category; readonly printed: string; readonly sum: string };
  /** `reason`: the decoder's English account; `path`, `expected`, `found` the same as data. */
  "results-not-decoding": {
    readonly path: string;
    readonly expected: string;
    readonly found: string;
    readonly reason: string;
  };
  // a programme's planning (`period`: the label as printed; `deadline`: an ISO date)
  "planning-period-deadline": { readonly period: string; readonly deadline: string };
  "planning-period-no-end": { readonly period: string };
  "planning-row-in-period": { readonly period: string };
  "planning-stated-total": {
    readonly figure: "participants" | "activeResidents";
    readonly sum: string;
    readonly stated: string;
  };
}

export type FindingCode = keyof FindingValues;

/** The kinds of results tables (`Layout.kind`), each worded by its rule in every language. */
export type TableKind =
  | "effect-form"
  | "effect-assignments"
  | "effect-contractors"
  | "result-list"
  | "goal-table"
  | "impact-list"
  | "policy-frame"
  | "services"
  | "summary"
  | "planning";

const CODES: Record<FindingCode, null> = {
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
  "annex-extra-values": null,
  "annex-row-without-work-type": null,
  "annex-row-without-units": null,
  "annex-heading-unknown-area": null,
  "annex-label-unknown-area": null,
  "annex-separator-row": null,
  "annex-first-row-no-area": null,
  "annex-several-work-types": null,
  "annex-not-a-number": null,
  "annex-no-units": null,
  "annex-duplicate-row": null,
  "annex-no-total-row": null,
  "annex-total-not-a-number": null,
  "annex-total": null,
  "annex-slipped-units": null,
  "annex-mismatch": null,
  "annex-missing-row": null,
  "printed-total-unknown": null,
  "printed-total-not-a-number": null,
  "printed-grant-not-given": null,
  "printed-total": null,
  "budget-lump-sum": null,
  "budget-to-be-determined": null,
  "budget-hours": null,
  "budget-amount": null,
  "budget-no-subtotal": null,
  "budget-subtotal": null,
  "budget-missing-column": null,
  "budget-empty-value": null,
  "budget-not-a-number": null,
  "cost-lines-no-header": null,
  "cost-line-not-a-number": null,
  "cost-calculation-unreadable": null,
  "cost-calculation": null,
  "cost-implausible-rate": null,
  "cost-unusual-weeks": null,
  "cost-to-be-determined": null,
  "cost-section-total": null,
  "contributions-missing-column": null,
  "contributions-total": null,
  "contribution-role": null,
  "contribution-without-party": null,
  "contribution-hours-rate": null,
  "contribution-in-kind": null,
  "contribution-not-a-number": null,
  "results-deadline-spelling": null,
  "results-activity-without-result": null,
  "results-team-not-work-type": null,
  "results-no-work-type": null,
  "results-words-not-work-type": null,
  "results-unfunded-work-type": null,
  "summary-reach-against-services": null,
  "summary-not-counted": null,
  "summary-not-a-number": null,
  "summary-total-reach": null,
  "summary-subtotal-reach": null,
  "results-missing-columns": null,
  "results-unknown-column": null,
  "impact-without-opgave": null,
  "policy-row-without-text": null,
  "policy-unknown-heading": null,
  "effect-unknown-part": null,
  "frame-not-a-label": null,
  "goal-to-be-determined": null,
  "goal-effect-one-letter-off": null,
  "goal-results-not-indicators": null,
  "impact-row-without-impact": null,
  "impact-twice": null,
  "impact-opgave-not-in-summary": null,
  "summary-opgave-without-impact": null,
  "policy-listed-count": null,
  "policy-code-reading": null,
  "policy-planning-no-month": null,
  "policy-planning-deadline": null,
  "frame-effect-read-as": null,
  "frame-effect-not-in-frame": null,
  "frame-effect-without-any-table": null,
  "frame-effect-without-table": null,
  "effect-baseline-in-period": null,
  "effect-indicator-no-target": null,
  "contractor-effort-without-figure": null,
  "contractor-not-in-list": null,
  "contractor-read-as": null,
  "contractor-letter": null,
  "services-total-not-a-number": null,
  "services-total-reach": null,
  "services-no-reach": null,
  "services-reach-shared": null,
  "services-reach-to-be-determined": null,
  "services-reach-not-whole": null,
  "services-reach-footnote": null,
  "reach-category-not-whole": null,
  "reach-categories-over-reach": null,
  "reach-categories-not-reach": null,
  "reach-category-total": null,
  "results-not-decoding": null,
  "planning-period-deadline": null,
  "planning-period-no-end": null,
  "planning-row-in-period": null,
  "planning-stated-total": null,
};

/** The codes of the findings worded from their values: what each language's catalogue must cover. */
export const FindingCode = t.keyof(CODES, "FindingCode");

/** How a language prints a finding's exact values. */
export interface ImportFindingFormats {
  /** An amount of a unit kind: `1500 hours` in the recorded message, `1.500 uur` on a Dutch screen. */
  readonly units: (amount: string, kind: string) => string;
  /** A decimal (euros, fte, hours), without a currency sign: `2.286.290,5`. */
  readonly number: (text: string) => string;
  /** A unit kind's name. */
  readonly kind: (kind: string) => string;
}

/** Every finding's wording in one language, from its values. */
export type ImportFindingWords = {
  readonly [C in FindingCode]: (v: FindingValues[C]) => string;
};

/** A finding's code and values as recorded (`values` only the defined ones: JSON drops the rest). */
export interface CodedFinding {
  readonly code: string;
  readonly values?: Readonly<Record<string, string>>;
}

/** Words a recorded finding in a language, or `undefined` for a code it does not know (recorded by another version). */
export const wordFinding = (f: CodedFinding, words: ImportFindingWords): string | undefined =>
  FindingCode.is(f.code)
    ? (words[f.code] as (v: Readonly<Record<string, string>>) => string)(f.values ?? {})
    : undefined;
