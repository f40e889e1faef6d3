import { Map as PersistentMap } from "immutable";
import type { Matrix } from "../matrix/matrix";
import { emptyMatrix } from "../matrix/matrix";
import { type TransfersSinceBaseline, noTransfers } from "../policy/transfers";
import type { Actor, IsoDateTime } from "../provenance/metadata";
import type { Budget } from "./budget";
import type { BudgetShift } from "./budgetShift";
import type { Contributions } from "./contributions";
import type { GrantDecision } from "./grant";
import type { CostReport } from "./realisation";

export interface PendingBudgetReallocation {
  readonly requestId: string;
  readonly shifts: readonly BudgetShift[];
  readonly requestedBy: Actor;
  readonly requestedAt: IsoDateTime;
  readonly reason: string;
}

/**
 * The money of an agreement: the grant decision in force, the budget as last approved (its
 * matrix of euros per line, and that matrix after the money reallocations since), the parties'
 * contributions, realised costs per period and the pending money reallocations. Everything is
 * bounded by the budget and the periods, except the pending requests (persistent).
 */
export interface FundingState {
  readonly grant?: GrantDecision;
  readonly budget?: Budget;
  readonly budgetBaseline: Matrix;
  readonly budgetCurrent: Matrix;
  readonly budgetTransfers: TransfersSinceBaseline;
  readonly contributions: Contributions;
  readonly realisedCosts: PersistentMap<string, CostReport>;
  readonly pendingBudgetReallocations: PersistentMap<string, PendingBudgetReallocation>;
}

export const noFunding: FundingState = {
  budgetBaseline: emptyMatrix,
  budgetCurrent: emptyMatrix,
  budgetTransfers: noTransfers,
  contributions: { parties: [], contributions: [] },
  realisedCosts: PersistentMap(),
  pendingBudgetReallocations: PersistentMap(),
};
