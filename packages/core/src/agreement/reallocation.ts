import * as E from "fp-ts/Either";
import { type Cell, cellKey, sameCell } from "../cell/cell";
import type { Matrix } from "../matrix/matrix";
import { add, compare, isPositive, subtract, toDecimalString } from "../quantity/decimal";
import { type Quantity, formatQuantity } from "../quantity/quantity";
import type { CellEffect, Shift } from "./changes";
import { type DomainError, domainError } from "./errors";

/**
 * Applies shifts in order to a copy of the touched cells of `current` and returns the
 * before/after value of every touched cell. Every shift subtracts and adds the same
 * quantity, so the total of each unit kind is conserved by construction.
 */
export const effectsOfShifts = (
  current: Matrix,
  shifts: readonly Shift[],
): E.Either<DomainError, CellEffect[]> => {
  if (shifts.length === 0)
    return E.left(domainError("EmptyReallocation", "a reallocation needs at least one shift", {}));
  const before = new Map<string, { cell: Cell; quantity: Quantity }>();
  const working = new Map<string, Quantity>();
  const holding = (cell: Cell): Quantity | undefined => {
    const key = cellKey(cell);
    const touched = working.get(key);
    if (touched !== undefined) return touched;
    const entry = current.get(key);
    if (entry === undefined) return undefined;
    before.set(key, { cell, quantity: entry.quantity });
    return entry.quantity;
  };
  for (const [i, shift] of shifts.entries()) {
    const { from, to, quantity } = shift;
    const what = formatQuantity(quantity);
    if (!isPositive(quantity.amount)) {
      return E.left(
        domainError("NonPositiveShift", `shift ${i + 1} moves ${what}: a shift must move more than zero`, {
          shift: i + 1,
          amount: toDecimalString(quantity.amount),
        }),
      );
    }
    if (sameCell(from, to)) {
      return E.left(
        domainError("SameCell", `shift ${i + 1} moves ${what} from ${cellKey(from)} to itself`, {
          cell: cellKey(from),
        }),
      );
    }
    const source = holding(from);
    const target = holding(to);
    for (const [cell, held] of [
      [from, source],
      [to, target],
    ] as const) {
      if (held === undefined) {
        return E.left(
          domainError(
            "ScopeChangeNeedsAmendment",
            `cannot move ${what} ${cell === from ? "out of" : "into"} ${cellKey(cell)}: the contract has no such cell; adding a cell changes the scope and needs an amendment`,
            { cell: cellKey(cell) },
          ),
        );
      }
      if (held.kind !== quantity.kind) {
        return E.left(
          domainError(
            "UnitKindMismatch",
            `cannot move ${what} ${cell === from ? "out of" : "into"} ${cellKey(cell)}: it counts ${held.kind}`,
            {
              cell: cellKey(cell),
              kind: quantity.kind,
              cellKind: held.kind,
            },
          ),
        );
      }
    }
    if (source === undefined || target === undefined) throw new Error("unreachable: checked above");
    if (compare(source.amount, quantity.amount) < 0) {
      return E.left(
        domainError(
          "InsufficientUnits",
          `cannot move ${what} out of ${cellKey(from)}: it holds ${toDecimalString(source.amount)}`,
          {
            cell: cellKey(from),
            kind: quantity.kind,
            requested: toDecimalString(quantity.amount),
            holds: toDecimalString(source.amount),
          },
        ),
      );
    }
    working.set(cellKey(from), { kind: quantity.kind, amount: subtract(source.amount, quantity.amount) });
    working.set(cellKey(to), { kind: quantity.kind, amount: add(target.amount, quantity.amount) });
  }
  return E.right(
    [...before.entries()].map(([key, b]) => ({
      cell: b.cell,
      before: b.quantity,
      after: working.get(key) ?? b.quantity,
    })),
  );
};
