import type { Found, Q } from "./findingValues.matrix";

/**
 * The findings of the district annexes, and of a matrix against them, by code, with the values each
 * carries (see `FindingValues`).
 */
export interface AnnexFindingValues {
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
}

/** Its codes, for the `FindingCode` codec (the type makes it list every one). */
export const ANNEX_CODES: Record<keyof AnnexFindingValues, null> = {
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
};
