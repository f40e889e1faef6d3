import { cellKey } from "../../cell/cell";
import type { Matrix } from "../../matrix/matrix";
import { type Decimal, ZERO, add, isPositive, isZero, subtract } from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import { holding } from "../context";
import { type Verdict, verdict } from "../verdict";
import { formatUnits } from "../wording";
import type { RuleInput } from "./ruleInput";

const areaKey = (resultArea: string, kind: UnitKind): string => `${resultArea}|${kind}`;

// Matrices are never changed once built; the baseline and the current matrix repeat from
// one decision to the next.
const perArea = new WeakMap<Matrix, ReadonlyMap<string, Decimal>>();

const totalsPerArea = (m: Matrix): ReadonlyMap<string, Decimal> => {
  const known = perArea.get(m);
  if (known !== undefined) return known;
  const out = new Map<string, Decimal>();
  for (const e of m.values()) {
    const key = areaKey(e.position.resultArea, e.quantity.kind);
    out.set(key, add(out.get(key) ?? ZERO, e.quantity.amount));
  }
  perArea.set(m, out);
  return out;
};

/**
 * Rule 6: a reallocation works within what was agreed. Units moving into a cell that is zero
 * in the contract as last approved, or a result area left empty, change the scope: that is
 * an amendment, agreed by both parties, not a reallocation.
 */
export const scope = ({ context, shifts, effects }: RuleInput): Verdict => {
  const problems = new Set<string>();
  for (const s of shifts) {
    if (isPositive(holding(context.baseline, s.to).amount)) continue;
    const signed = holding(context.contractAtSigning, s.to).amount;
    const zero = formatUnits(ZERO, s.quantity.kind);
    const history = isPositive(signed)
      ? `is ${zero} since an amendment (${formatUnits(signed, s.quantity.kind)} at signing)`
      : `was ${zero} in the contract`;
    problems.add(
      `${cellKey(s.to)} ${history}: moving units into it changes the scope and needs an amendment`,
    );
  }

  const approved = totalsPerArea(context.baseline);
  const after = new Map(totalsPerArea(context.current));
  for (const e of effects) {
    const key = areaKey(e.cell.resultArea, e.kind);
    after.set(key, add(after.get(key) ?? ZERO, subtract(e.after, e.before)));
  }
  for (const e of effects) {
    const key = areaKey(e.cell.resultArea, e.kind);
    const was = approved.get(key) ?? ZERO;
    if (isPositive(was) && isZero(after.get(key) ?? ZERO)) {
      problems.add(
        `result area ${e.cell.resultArea} would hold ${formatUnits(ZERO, e.kind)} (${formatUnits(was, e.kind)} as last approved): emptying a result area changes the scope and needs an amendment`,
      );
    }
  }
  if (problems.size > 0) return verdict("scope", "forbidden", [...problems].join("; "));
  return verdict(
    "scope",
    "pass",
    "every receiving cell is part of the contract and no result area is emptied",
  );
};
