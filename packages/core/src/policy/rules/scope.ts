import { cellKey } from "../../cell/cell";
import type { Matrix } from "../../matrix/matrix";
import {
  type Decimal,
  ZERO,
  add,
  isPositive,
  isZero,
  subtract,
  toDecimalString,
} from "../../quantity/decimal";
import type { UnitKind } from "../../quantity/unitKind";
import { holding } from "../context";
import { type Finding, finding } from "../findings/finding";
import { type Verdict, verdictOf } from "../verdict";
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
  // Keyed by cell or result area, so one named by two shifts is one problem.
  const problems = new Map<string, Finding>();
  for (const s of shifts) {
    if (isPositive(holding(context.baseline, s.to).amount)) continue;
    const signed = holding(context.contractAtSigning, s.to).amount;
    const cell = cellKey(s.to);
    problems.set(
      cell,
      isPositive(signed)
        ? finding("zero-since-amendment", { cell, kind: s.quantity.kind, signed: toDecimalString(signed) })
        : finding("zero-in-contract", { cell, kind: s.quantity.kind }),
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
      problems.set(
        `area ${key}`,
        finding("empties-result-area", {
          resultArea: e.cell.resultArea,
          kind: e.kind,
          approved: toDecimalString(was),
        }),
      );
    }
  }
  if (problems.size > 0) return verdictOf("scope", "forbidden", [...problems.values()]);
  return verdictOf("scope", "pass", [finding("within-scope", {})]);
};
