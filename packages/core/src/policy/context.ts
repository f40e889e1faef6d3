import { type Cell, cellKey } from "../cell/cell";
import type { Matrix } from "../matrix/matrix";
import type { Actor } from "../provenance/metadata";
import { type Decimal, ZERO, add, subtract } from "../quantity/decimal";
import type { Quantity } from "../quantity/quantity";
import type { UnitKind } from "../quantity/unitKind";

/**
 * A shift as the policy sees it. The agreement's `Shift` codec produces values of this
 * shape; the policy takes the structural type so that it does not depend on the aggregate.
 */
export interface PolicyShift {
  readonly from: Cell;
  readonly to: Cell;
  readonly quantity: Quantity;
}

export interface AppliedTransfer {
  readonly requestId: string;
  /** ISO date-time; its calendar date places the reallocation in a threshold period. */
  readonly appliedAt: string;
  readonly shifts: readonly PolicyShift[];
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
  readonly appliedSinceBaseline: readonly AppliedTransfer[];
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

export interface NetCellEffect {
  readonly cell: Cell;
  readonly kind: UnitKind;
  readonly before: Decimal;
  readonly after: Decimal;
}

/** The net effect of several shifts, per cell, in order of first mention. */
export const shiftEffects = (current: Matrix, shifts: readonly PolicyShift[]): NetCellEffect[] => {
  const effects = new Map<string, { cell: Cell; kind: UnitKind; before: Decimal; after: Decimal }>();
  const touch = (c: Cell, kind: UnitKind, delta: (d: Decimal) => Decimal): void => {
    const key = cellKey(c);
    const existing = effects.get(key);
    if (existing) {
      existing.after = delta(existing.after);
      return;
    }
    const before = holding(current, c).amount;
    effects.set(key, { cell: c, kind, before, after: delta(before) });
  };
  for (const s of shifts) {
    touch(s.from, s.quantity.kind, (d) => subtract(d, s.quantity.amount));
    touch(s.to, s.quantity.kind, (d) => add(d, s.quantity.amount));
  }
  return [...effects.values()];
};
