import { type Cell, cellKey, sameCell } from "../cell/cell";
import type { Matrix } from "../matrix/matrix";
import { type Decimal, ZERO, add, compare, isPositive, subtract } from "../quantity/decimal";
import type { UnitKind } from "../quantity/unitKind";
import type { PolicyShift } from "./context";

export interface NetCellEffect {
  readonly cell: Cell;
  readonly kind: UnitKind;
  readonly before: Decimal;
  readonly after: Decimal;
}

/** Which end of a shift a problem is about. */
export type ShiftEnd = "from" | "to";

/**
 * What is wrong with one shift of a proposal, as data: the conservation rule words these
 * as its verdict, and the decider turns the first into the invariant's own error.
 * `index` counts shifts from 0.
 */
export type ShiftProblem =
  | { readonly problem: "no-shifts" }
  | { readonly problem: "non-positive"; readonly index: number; readonly shift: PolicyShift }
  | { readonly problem: "same-cell"; readonly index: number; readonly shift: PolicyShift }
  | {
      readonly problem: "not-in-contract";
      readonly index: number;
      readonly shift: PolicyShift;
      readonly end: ShiftEnd;
    }
  | {
      readonly problem: "other-unit-kind";
      readonly index: number;
      readonly shift: PolicyShift;
      readonly end: ShiftEnd;
      readonly cellKind: UnitKind;
    }
  | {
      readonly problem: "insufficient";
      readonly index: number;
      readonly shift: PolicyShift;
      /** What the source cell holds when this shift comes, after the shifts before it. */
      readonly holds: Decimal;
    };

/**
 * The one simulation of a proposal's shifts on a matrix: every rule and the decider read it.
 * `effects` is the net change per touched cell (in order of first mention); `problems` lists,
 * per shift in order, what breaks an invariant (an empty list: the shifts can be applied).
 */
export interface ShiftSimulation {
  readonly effects: readonly NetCellEffect[];
  readonly problems: readonly ShiftProblem[];
}

/**
 * Applies the shifts in order, as the decider applies them: a cell can pass on what it
 * received from an earlier shift of the same proposal, not from a later one. A cell the
 * matrix lacks holds nothing (moving into it is the scope rule's business, and an error).
 */
export const simulateShifts = (current: Matrix, shifts: readonly PolicyShift[]): ShiftSimulation => {
  const problems: ShiftProblem[] = shifts.length === 0 ? [{ problem: "no-shifts" }] : [];
  const effects = new Map<string, { cell: Cell; kind: UnitKind; before: Decimal; after: Decimal }>();
  const touched = (c: Cell, kind: UnitKind) => {
    const key = cellKey(c);
    const known = effects.get(key);
    if (known !== undefined) return known;
    const before = current.get(key)?.quantity.amount ?? ZERO;
    const effect = { cell: c, kind, before, after: before };
    effects.set(key, effect);
    return effect;
  };
  shifts.forEach((shift, index) => {
    const { from, to, quantity } = shift;
    if (!isPositive(quantity.amount)) problems.push({ problem: "non-positive", index, shift });
    if (sameCell(from, to)) problems.push({ problem: "same-cell", index, shift });
    for (const [end, c] of [
      ["from", from],
      ["to", to],
    ] as const) {
      const entry = current.get(cellKey(c));
      if (entry === undefined) problems.push({ problem: "not-in-contract", index, shift, end });
      else if (entry.quantity.kind !== quantity.kind)
        problems.push({ problem: "other-unit-kind", index, shift, end, cellKind: entry.quantity.kind });
    }
    const source = touched(from, quantity.kind);
    if (compare(source.after, quantity.amount) < 0)
      problems.push({ problem: "insufficient", index, shift, holds: source.after });
    source.after = subtract(source.after, quantity.amount);
    const target = touched(to, quantity.kind);
    target.after = add(target.after, quantity.amount);
  });
  return { effects: [...effects.values()], problems };
};
