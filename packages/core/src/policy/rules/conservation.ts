import { cellKey, sameCell } from "../../cell/cell";
import { totalsByKind } from "../../matrix/matrix";
import { type Decimal, ZERO, add, compare, isPositive, subtract } from "../../quantity/decimal";
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
export const conservation = ({ context, shifts }: RuleInput): Verdict => {
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
  // Shifts apply in order, as the decider applies them: a cell can pass on what it received
  // from an earlier shift of the same request, not from a later one.
  const working = new Map<string, Decimal>();
  shifts.forEach((s, i) => {
    const key = cellKey(s.from);
    const held = working.get(key) ?? holding(context.current, s.from).amount;
    if (compare(held, s.quantity.amount) < 0) {
      const which = shifts.length === 1 ? "" : `shift ${i + 1}: `;
      problems.push(
        `${which}cannot move ${formatUnits(s.quantity.amount, s.quantity.kind)} out of ${key}: it holds ${formatUnits(held, s.quantity.kind)}`,
      );
    }
    working.set(key, subtract(held, s.quantity.amount));
    const toKey = cellKey(s.to);
    working.set(toKey, add(working.get(toKey) ?? holding(context.current, s.to).amount, s.quantity.amount));
  });
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
