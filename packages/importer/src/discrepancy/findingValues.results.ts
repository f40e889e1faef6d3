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
 * The findings of the results sections (issue 16): results tables, goal tables, frames, services
 * and their reach, plannings, by code, with the values each carries (see `FindingValues`).
 */
export interface ResultsFindingValues {
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

/** Its codes, for the `FindingCode` codec (the type makes it list every one). */
export const RESULTS_CODES: Record<keyof ResultsFindingValues, null> = {
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
