import { cellKey } from "../../cell/cell";
import { type Decimal, ZERO, compare, isZero, subtract } from "../../quantity/decimal";
import { holding } from "../context";
import { cellLimitFor } from "../policy";
import type { NetCellEffect } from "../simulation";
import { type Verdict, verdict } from "../verdict";
import { comparePercent, displayPercent, formatPercent, formatUnits } from "../wording";
import type { RuleInput } from "./ruleInput";

type Direction = "decrease" | "increase";

const check = (
  e: NetCellEffect,
  approved: Decimal,
  direction: Direction,
  limit: Decimal | undefined,
): { exceeded: boolean; text: string } | undefined => {
  if (limit === undefined) return undefined;
  const change = direction === "decrease" ? subtract(approved, e.after) : subtract(e.after, approved);
  if (compare(change, ZERO) <= 0) return undefined;
  const u = (d: Decimal): string => formatUnits(d, e.kind);
  const where = `${cellKey(e.cell)} would ${direction} by ${u(change)}`;
  if (isZero(approved)) {
    return {
      exceeded: true,
      text: `${where} from ${u(approved)} as last approved, above the maximum ${direction} of ${formatPercent(limit)}`,
    };
  }
  const exceeded = comparePercent(change, approved, limit) > 0;
  return {
    exceeded,
    text: `${where} = ${displayPercent(change, approved, limit)} of ${u(approved)} as last approved, ${exceeded ? "above" : "within"} the maximum ${direction} of ${formatPercent(limit)}`,
  };
};

/**
 * Rule 3: a cell may not end further from its value as last approved than its limits allow.
 * Measured on the cell's end value, so earlier reallocations count towards the limit.
 */
export const cellLimits = ({ policy, context, effects }: RuleInput): Verdict => {
  if (policy.cellLimits.length === 0)
    return verdict("cell-limits", "pass", "the policy sets no per-cell limits");
  const results = effects.flatMap((e) => {
    const limits = cellLimitFor(policy, e.cell);
    const approved = holding(context.baseline, e.cell).amount;
    return [
      check(e, approved, "decrease", limits.maxDecreasePercent),
      check(e, approved, "increase", limits.maxIncreasePercent),
    ].filter((r) => r !== undefined);
  });
  const exceeded = results.filter((r) => r.exceeded);
  if (exceeded.length > 0) return verdict("cell-limits", "forbidden", exceeded.map((r) => r.text).join("; "));
  if (results.length === 0)
    return verdict("cell-limits", "pass", "no limit applies to the cells this changes");
  return verdict("cell-limits", "pass", results.map((r) => r.text).join("; "));
};
