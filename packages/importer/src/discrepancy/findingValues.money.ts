type Why = "no-tariff" | "no-fte-or-hours";

/**
 * The findings of the money sections: printed totals, budgets, cost lines, contributions, by code,
 * with the values each carries (see `FindingValues`).
 */
export interface MoneyFindingValues {
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
}

/** Its codes, for the `FindingCode` codec (the type makes it list every one). */
export const MONEY_CODES: Record<keyof MoneyFindingValues, null> = {
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
};
