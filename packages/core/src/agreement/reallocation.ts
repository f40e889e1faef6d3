import * as E from "fp-ts/Either";
import { cellKey } from "../cell/cell";
import type { PolicyShift } from "../policy/context";
import type { ShiftEnd, ShiftProblem, ShiftSimulation } from "../policy/simulation";
import { toDecimalString } from "../quantity/decimal";
import { formatQuantity } from "../quantity/quantity";
import type { CellEffect } from "./changes";
import { type DomainError, domainError } from "./errors";

type Refusal<P extends ShiftProblem["problem"]> = (p: Extract<ShiftProblem, { problem: P }>) => DomainError;

const what = (p: { readonly shift: PolicyShift }): string => formatQuantity(p.shift.quantity);
const direction = (end: ShiftEnd): string => (end === "from" ? "out of" : "into");
const cellAtEnd = (p: { readonly shift: PolicyShift; readonly end: ShiftEnd }): string =>
  cellKey(p.end === "from" ? p.shift.from : p.shift.to);

/**
 * The invariant each problem of the shift simulation breaks, as its own DomainError: one
 * table, typed by problem, so every problem has exactly one error and none is recognised by
 * its wording.
 */
const REFUSALS: { readonly [P in ShiftProblem["problem"]]: Refusal<P> } = {
  "no-shifts": () => domainError("EmptyReallocation", "a reallocation needs at least one shift", {}),
  "non-positive": (p) =>
    domainError(
      "NonPositiveShift",
      `shift ${p.index + 1} moves ${what(p)}: a shift must move more than zero`,
      { shift: p.index + 1, amount: toDecimalString(p.shift.quantity.amount) },
    ),
  "same-cell": (p) =>
    domainError("SameCell", `shift ${p.index + 1} moves ${what(p)} from ${cellKey(p.shift.from)} to itself`, {
      cell: cellKey(p.shift.from),
    }),
  "not-in-contract": (p) => {
    const cell = cellAtEnd(p);
    return domainError(
      "ScopeChangeNeedsAmendment",
      `cannot move ${what(p)} ${direction(p.end)} ${cell}: the contract has no such cell; adding a cell changes the scope and needs an amendment`,
      { cell },
    );
  },
  "other-unit-kind": (p) => {
    const cell = cellAtEnd(p);
    return domainError(
      "UnitKindMismatch",
      `cannot move ${what(p)} ${direction(p.end)} ${cell}: it counts ${p.cellKind}`,
      {
        cell,
        kind: p.shift.quantity.kind,
        cellKind: p.cellKind,
      },
    );
  },
  insufficient: (p) =>
    domainError(
      "InsufficientUnits",
      `cannot move ${what(p)} out of ${cellKey(p.shift.from)}: it holds ${toDecimalString(p.holds)}`,
      {
        cell: cellKey(p.shift.from),
        kind: p.shift.quantity.kind,
        requested: toDecimalString(p.shift.quantity.amount),
        holds: toDecimalString(p.holds),
      },
    ),
};

const refusalOf = <P extends ShiftProblem["problem"]>(
  p: Extract<ShiftProblem, { problem: P }>,
): DomainError => (REFUSALS[p.problem as P] as Refusal<P>)(p);

/**
 * The before/after value of every touched cell, from the policy's one simulation of the
 * shifts, or the error of the first invariant they break (shifts in order, and within a
 * shift: amount, cells, unit kinds, what the source holds). Every shift subtracts and adds
 * the same quantity, so the total of each unit kind is conserved by construction.
 */
export const effectsOf = (simulation: ShiftSimulation): E.Either<DomainError, CellEffect[]> => {
  const [first] = simulation.problems;
  if (first !== undefined) return E.left(refusalOf(first));
  return E.right(
    simulation.effects.map((e) => ({
      cell: e.cell,
      before: { kind: e.kind, amount: e.before },
      after: { kind: e.kind, amount: e.after },
    })),
  );
};
