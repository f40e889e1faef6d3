import { ZERO } from "../quantity/decimal";
import { type GroupTotal, groupTotals, totalCosts } from "./budget";
import { totalContributions } from "./contributions";
import { type Financing, financingOf } from "./financing";
import type { FundingState } from "./state";

/** An agreement's money at a glance: costs per group as the budget stands now, and its financing. */
export interface FundingSummary {
  readonly groups: readonly GroupTotal[];
  readonly financing: Financing;
}

export const fundingSummary = (f: FundingState): FundingSummary => ({
  groups: groupTotals(f.budget?.groups ?? [], f.budgetCurrent),
  financing: financingOf(
    totalCosts(f.budgetCurrent),
    totalContributions(f.contributions.contributions),
    f.grant?.amountGranted ?? ZERO,
  ),
});
