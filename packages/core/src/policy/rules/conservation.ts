import { cellKey } from "../../cell/cell";
import { totalsByKind } from "../../matrix/matrix";
import { type Decimal, ZERO, add, toDecimalString } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import { type Finding, type ShiftValues, finding } from "../findings/finding";
import type { ShiftProblem } from "../simulation";
import { type Verdict, verdictOf } from "../verdict";
import type { RuleInput } from "./ruleInput";

const shiftValues = (s: RuleInput["shifts"][number]): ShiftValues => ({
  amount: toDecimalString(s.quantity.amount),
  kind: s.quantity.kind,
  from: cellKey(s.from),
  to: cellKey(s.to),
});

/** What the rule finds in a problem of the simulation; undefined: another rule's (scope's) business. */
const findingOf = (p: ShiftProblem, shiftCount: number): Finding | undefined => {
  switch (p.problem) {
    case "no-shifts":
      return finding("no-shifts", {});
    case "non-positive":
      return finding("moves-nothing", shiftValues(p.shift));
    case "same-cell":
      return finding("same-cell", shiftValues(p.shift));
    case "not-in-contract":
      return undefined;
    case "other-unit-kind": {
      const c = p.end === "from" ? p.shift.from : p.shift.to;
      return finding("other-unit-kind", { ...shiftValues(p.shift), cell: cellKey(c), cellKind: p.cellKind });
    }
    case "insufficient": {
      const { quantity, from } = p.shift;
      return finding("insufficient", {
        amount: toDecimalString(quantity.amount),
        kind: quantity.kind,
        from: cellKey(from),
        holds: toDecimalString(p.holds),
        ...(shiftCount === 1 ? {} : { shift: String(p.index + 1) }),
      });
    }
  }
};

/**
 * Rule 1, always on: a reallocation keeps the total of its unit kind, never moves units
 * between unit kinds and never takes a cell below zero. It words the problems of the one
 * simulation of the shifts (`simulateShifts`), which the decider turns into its errors.
 */
export const conservation = ({ context, shifts, simulation }: RuleInput): Verdict => {
  const worded = (ps: readonly ShiftProblem[]) =>
    ps.map((p) => findingOf(p, shifts.length)).filter((f) => f !== undefined);
  // Shapes of single shifts first, then what the cells hold as the shifts apply in order.
  const problems = [
    ...worded(simulation.problems.filter((p) => p.problem !== "insufficient")),
    ...worded(simulation.problems.filter((p) => p.problem === "insufficient")),
  ];
  if (problems.length > 0) return verdictOf("conservation", "forbidden", problems);

  const totals = totalsByKind(context.current);
  const moved = new Map<UnitKind, Decimal>();
  for (const s of shifts)
    moved.set(s.quantity.kind, add(moved.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  const parts = [...moved].flatMap(([kind, amount], i) => [
    i === 0
      ? finding("shifts-move", { shifts: String(shifts.length), amount: toDecimalString(amount), kind })
      : finding("also-moves", { amount: toDecimalString(amount), kind }),
    finding("total-stays", { kind, total: toDecimalString(totals.get(kind) ?? ZERO) }),
  ]);
  return verdictOf("conservation", "pass", [...parts, finding("no-cell-below-zero", {})]);
};
