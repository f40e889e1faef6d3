import { cellKey } from "../../cell/cell";
import { totalsByKind } from "../../matrix/matrix";
import { type Decimal, ZERO, add } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import type { ShiftProblem } from "../simulation";
import { type Verdict, verdict } from "../verdict";
import { formatUnits } from "../wording";
import type { RuleInput } from "./ruleInput";

const describeShift = (s: RuleInput["shifts"][number]): string =>
  `${formatUnits(s.quantity.amount, s.quantity.kind)} from ${cellKey(s.from)} to ${cellKey(s.to)}`;

/** How the rule words a problem of the simulation; undefined: another rule's (scope's) business. */
const wording = (p: ShiftProblem, shiftCount: number): string | undefined => {
  switch (p.problem) {
    case "no-shifts":
      return "no shifts proposed";
    case "non-positive":
      return `${describeShift(p.shift)} moves nothing`;
    case "same-cell":
      return `${describeShift(p.shift)} moves units within one cell`;
    case "not-in-contract":
      return undefined;
    case "other-unit-kind": {
      const c = p.end === "from" ? p.shift.from : p.shift.to;
      return `${describeShift(p.shift)}: ${cellKey(c)} counts ${p.cellKind}, not ${p.shift.quantity.kind}; a reallocation never moves units between unit kinds`;
    }
    case "insufficient": {
      const { quantity, from } = p.shift;
      const which = shiftCount === 1 ? "" : `shift ${p.index + 1}: `;
      return `${which}cannot move ${formatUnits(quantity.amount, quantity.kind)} out of ${cellKey(from)}: it holds ${formatUnits(p.holds, quantity.kind)}`;
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
    ps.map((p) => wording(p, shifts.length)).filter((w) => w !== undefined);
  // Shapes of single shifts first, then what the cells hold as the shifts apply in order.
  const problems = [
    ...worded(simulation.problems.filter((p) => p.problem !== "insufficient")),
    ...worded(simulation.problems.filter((p) => p.problem === "insufficient")),
  ];
  if (problems.length > 0) return verdict("conservation", "forbidden", problems.join("; "));

  const totals = totalsByKind(context.current);
  const moved = new Map<UnitKind, Decimal>();
  for (const s of shifts)
    moved.set(s.quantity.kind, add(moved.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  const parts = [...moved].map(
    ([kind, amount]) =>
      `${formatUnits(amount, kind)}; the ${kind} total stays ${formatUnits(totals.get(kind) ?? ZERO, kind)}`,
  );
  return verdict(
    "conservation",
    "pass",
    `${shifts.length === 1 ? "1 shift moves" : `${shifts.length} shifts move`} ${parts.join("; ")}; no cell goes below zero`,
  );
};
