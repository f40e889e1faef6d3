import { cellKey } from "../../cell/cell";
import { type Decimal, ZERO, compare, isZero, subtract, toDecimalString } from "../../quantity/decimal";
import { holding } from "../context";
import { type Finding, finding } from "../findings/finding";
import { cellLimitFor } from "../policy";
import type { NetCellEffect } from "../simulation";
import { type Verdict, verdictOf } from "../verdict";
import { comparePercent, displayShare } from "../wording";
import type { RuleInput } from "./ruleInput";

type Direction = "decrease" | "increase";

const check = (
  e: NetCellEffect,
  approved: Decimal,
  direction: Direction,
  limit: Decimal | undefined,
): { exceeded: boolean; found: Finding } | undefined => {
  if (limit === undefined) return undefined;
  const change = direction === "decrease" ? subtract(approved, e.after) : subtract(e.after, approved);
  if (compare(change, ZERO) <= 0) return undefined;
  const measured = {
    cell: cellKey(e.cell),
    direction,
    kind: e.kind,
    change: toDecimalString(change),
    approved: toDecimalString(approved),
    limit: toDecimalString(limit),
  };
  if (isZero(approved)) return { exceeded: true, found: finding("cell-limit-from-zero", measured) };
  const exceeded = comparePercent(change, approved, limit) > 0;
  return {
    exceeded,
    found: finding("cell-limit", {
      ...measured,
      share: displayShare(change, approved, limit),
      above: exceeded ? "true" : "false",
    }),
  };
};

/**
 * Rule 3: a cell may not end further from its value as last approved than its limits allow.
 * Measured on the cell's end value, so earlier reallocations count towards the limit.
 */
export const cellLimits = ({ policy, context, effects }: RuleInput): Verdict => {
  if (policy.cellLimits.length === 0)
    return verdictOf("cell-limits", "pass", [finding("no-cell-limits", {})]);
  const results = effects.flatMap((e) => {
    const limits = cellLimitFor(policy, e.cell);
    const approved = holding(context.baseline, e.cell).amount;
    return [
      check(e, approved, "decrease", limits.maxDecreasePercent),
      check(e, approved, "increase", limits.maxIncreasePercent),
    ].filter((r) => r !== undefined);
  });
  const exceeded = results.filter((r) => r.exceeded);
  if (exceeded.length > 0)
    return verdictOf(
      "cell-limits",
      "forbidden",
      exceeded.map((r) => r.found),
    );
  if (results.length === 0) return verdictOf("cell-limits", "pass", [finding("no-limit-applies", {})]);
  return verdictOf(
    "cell-limits",
    "pass",
    results.map((r) => r.found),
  );
};
