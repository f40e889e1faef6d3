import { cellKey } from "../cell/cell";
import type { DomainEvent } from "../events/catalogue";
import { budgetMatrix } from "../funding/budget";
import { policyShiftsOf } from "../funding/budgetShift";
import type { FundingState } from "../funding/state";
import type { Matrix, MatrixEntry } from "../matrix/matrix";
import { noTransfers, withAppliedTransfer } from "../policy/transfers";
import type { CellEffect } from "./changes";

type FundingEvent = Extract<
  DomainEvent,
  {
    type:
      | "GrantDecided"
      | "BudgetRecorded"
      | "ContributionsRecorded"
      | "CostsRealised"
      | "BudgetReallocationRequested"
      | "BudgetReallocationApplied"
      | "BudgetReallocationApproved"
      | "BudgetReallocationRejected";
  }
>;

export const withEffects = (m: Matrix, effects: readonly CellEffect[]): Matrix => {
  const next = new Map(m);
  for (const e of effects) {
    const entry: MatrixEntry = { position: e.cell, quantity: e.after };
    next.set(cellKey(e.cell), entry);
  }
  return next;
};

/** What a money event changes in the funding state; `at` is the event's ledger time. */
export const evolveFunding = (f: FundingState, event: FundingEvent, at: string): FundingState => {
  switch (event.type) {
    case "GrantDecided":
      return { ...f, grant: event.data.decision };
    case "BudgetRecorded": {
      const baseline = budgetMatrix(event.data.budget.groups);
      return {
        ...f,
        budget: event.data.budget,
        budgetBaseline: baseline,
        budgetCurrent: baseline,
        budgetTransfers: noTransfers,
      };
    }
    case "ContributionsRecorded":
      return { ...f, contributions: event.data.contributions };
    case "CostsRealised":
      return { ...f, realisedCosts: f.realisedCosts.set(event.data.report.period, event.data.report) };
    case "BudgetReallocationRequested":
      return {
        ...f,
        pendingBudgetReallocations: f.pendingBudgetReallocations.set(event.data.requestId, {
          requestId: event.data.requestId,
          shifts: event.data.shifts,
          requestedBy: event.metadata.actor,
          requestedAt: at,
          reason: event.data.reason,
        }),
      };
    case "BudgetReallocationApplied":
      return {
        ...f,
        budgetCurrent: withEffects(f.budgetCurrent, event.data.effects),
        budgetTransfers: withAppliedTransfer(f.budgetTransfers, at, policyShiftsOf(event.data.shifts)),
      };
    case "BudgetReallocationApproved": {
      const request = f.pendingBudgetReallocations.get(event.data.requestId);
      return {
        ...f,
        budgetCurrent: withEffects(f.budgetCurrent, event.data.effects),
        pendingBudgetReallocations: f.pendingBudgetReallocations.delete(event.data.requestId),
        budgetTransfers: withAppliedTransfer(f.budgetTransfers, at, policyShiftsOf(request?.shifts ?? [])),
      };
    }
    case "BudgetReallocationRejected":
      return { ...f, pendingBudgetReallocations: f.pendingBudgetReallocations.delete(event.data.requestId) };
  }
};
