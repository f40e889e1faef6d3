import { type Cell, cellKey } from "../cell/cell";
import type { Matrix } from "../matrix/matrix";
import type { Actor } from "../provenance/metadata";
import { type Decimal, ZERO } from "../quantity/decimal";
import type { Quantity } from "../quantity/quantity";
import type { UnitKind } from "../quantity/unitKind";
import type { TransfersSinceBaseline } from "./transfers";

/**
 * A shift as the policy sees it. The agreement's `Shift` codec produces values of this
 * shape; the policy takes the structural type so that it does not depend on the aggregate.
 */
export interface PolicyShift {
  readonly from: Cell;
  readonly to: Cell;
  readonly quantity: Quantity;
}

/**
 * The part of an agreement a policy needs, so that evaluation depends on numbers only.
 * `baseline` is the matrix as last approved (signed, or replaced by an amendment);
 * `current` is baseline plus the reallocations applied since.
 */
export interface ReallocationContext {
  readonly baseline: Matrix;
  readonly current: Matrix;
  readonly contractAtSigning: Matrix;
  /** Running totals of what was applied since the baseline (see `withAppliedTransfer`). */
  readonly transfersSinceBaseline: TransfersSinceBaseline;
}

/** The request an approval is about. */
export interface PendingForApproval {
  readonly requestId: string;
  readonly requestedBy: Actor;
}

/** What a cell holds in a matrix; an absent cell holds nothing (and has no unit kind). */
export const holding = (m: Matrix, c: Cell): { amount: Decimal; kind: UnitKind | undefined } => {
  const entry = m.get(cellKey(c));
  return { amount: entry?.quantity.amount ?? ZERO, kind: entry?.quantity.kind };
};
