import { cellKey, sameCell } from "../../cell/cell";
import { totalsByKind } from "../../matrix/matrix";
import { ZERO, add, isNegative, isPositive, subtract } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import { holding } from "../context";
import { type Verdict, verdict } from "../verdict";
import { formatUnits } from "../wording";
import type { RuleInput } from "./ruleInput";

const describeShift = (s: RuleInput["shifts"][number]): string =>
  `${formatUnits(s.quantity.amount, s.quantity.kind)} from ${cellKey(s.from)} to ${cellKey(s.to)}`;

/**
 * Rule 1, always on: a reallocation keeps the total of its unit kind, never moves units
 * between unit kinds and never takes a cell below zero.
 */
export const conservation = ({ context, shifts, effects }: RuleInput): Verdict => {
  if (shifts.length === 0) return verdict("conservation", "forbidden", "no shifts proposed");
  const problems: string[] = [];
  for (const s of shifts) {
    const kind = s.quantity.kind;
    if (!isPositive(s.quantity.amount)) problems.push(`${describeShift(s)} moves nothing`);
    if (sameCell(s.from, s.to)) problems.push(`${describeShift(s)} moves units within one cell`);
    for (const c of [s.from, s.to]) {
      const held = holding(context.current, c).kind;
      if (held !== undefined && held !== kind) {
        problems.push(
          `${describeShift(s)}: ${cellKey(c)} counts ${held}, not ${kind}; a reallocation never moves units between unit kinds`,
        );
      }
    }
  }
  for (const e of effects) {
    if (isNegative(e.after)) {
      problems.push(
        `cannot move ${formatUnits(subtract(e.before, e.after), e.kind)} out of ${cellKey(e.cell)}: it holds ${formatUnits(e.before, e.kind)}`,
      );
    }
  }
  if (problems.length > 0) return verdict("conservation", "forbidden", problems.join("; "));

  const totals = totalsByKind(context.current);
  const moved = new Map<UnitKind, typeof ZERO>();
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
