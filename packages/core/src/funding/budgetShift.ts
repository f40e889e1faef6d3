import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type DomainError, domainError } from "../agreement/errors";
import type { PolicyShift } from "../policy/context";
import { formatAmount } from "../policy/wording";
import { type Decimal, multiply, quotient } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";
import { EUROS } from "../quantity/unitKind";
import type { BudgetGroup } from "./budget";
import {
  type BudgetLineRef,
  BudgetLineRefCodec,
  Euros,
  hourCosting,
  lineCell,
  lineRefKey,
} from "./budgetLine";

/** A money reallocation as asked for: an amount of euros, or hours of a line costed from hours. */
export const BudgetShiftInput = t.intersection(
  [
    t.type({ from: BudgetLineRefCodec, to: BudgetLineRefCodec }),
    t.union([t.type({ amount: Euros }), t.type({ hours: NonNegativeDecimal })]),
  ],
  "BudgetShiftInput",
);
export type BudgetShiftInput = t.TypeOf<typeof BudgetShiftInput>;

/** A money reallocation as decided: always the euros it moves, and the hours when it was asked for in hours. */
export const BudgetShift = t.intersection(
  [
    t.type({ from: BudgetLineRefCodec, to: BudgetLineRefCodec, amount: Euros }),
    t.partial({ hours: NonNegativeDecimal }),
  ],
  "BudgetShift",
);
export type BudgetShift = t.TypeOf<typeof BudgetShift>;

const euro = (d: Decimal): string => `€ ${formatAmount(d)}`;

const tariffsOf = (groups: readonly BudgetGroup[]): Map<string, Decimal> => {
  const out = new Map<string, Decimal>();
  for (const g of groups)
    for (const l of g.lines) {
      const h = hourCosting(l.costing);
      if (h !== undefined) out.set(lineRefKey({ group: g.code, line: l.code }), h.tariff);
    }
  return out;
};

/** The hours a sum of euros buys on a line costed from hours, for the explanation (rounded to 2 decimals when inexact). */
const hoursAt = (amount: Decimal, ref: BudgetLineRef, tariff: Decimal | undefined): string | undefined => {
  if (tariff === undefined) return undefined;
  const q = quotient(amount, tariff, 2);
  return `${lineRefKey(ref)} at ${euro(tariff)} an hour: ${q.exact ? "" : "≈ "}${formatAmount(q.value)} h`;
};

/**
 * Hours and money stay linked: a shift asked for in hours moves their cost at the source
 * line's tariff (`12 h × € 77,55 = € 930,60`), and each explanation states the hours that sum
 * stands for on the lines costed from hours. The euros are what moves, so the budget total
 * is conserved whatever the tariffs.
 */
export const resolveBudgetShifts = (
  groups: readonly BudgetGroup[],
  inputs: readonly BudgetShiftInput[],
): E.Either<DomainError, { shifts: BudgetShift[]; costing: string[] }> => {
  const tariffs = tariffsOf(groups);
  const shifts: BudgetShift[] = [];
  const costing: string[] = [];
  for (const [i, s] of inputs.entries()) {
    let amount: Decimal;
    let how: string;
    if ("hours" in s) {
      const tariff = tariffs.get(lineRefKey(s.from));
      if (tariff === undefined) {
        return E.left(
          domainError(
            "NotCostedFromHours",
            `shift ${i + 1} moves ${formatAmount(s.hours)} h out of ${lineRefKey(s.from)}, which is not costed from hours: state the euros instead`,
            { line: lineRefKey(s.from) },
          ),
        );
      }
      amount = multiply(s.hours, tariff);
      how = `${formatAmount(s.hours)} h × ${euro(tariff)} = ${euro(amount)}`;
      shifts.push({ from: s.from, to: s.to, amount, hours: s.hours });
    } else {
      amount = s.amount;
      how = euro(amount);
      shifts.push({ from: s.from, to: s.to, amount });
    }
    const linked = [
      "hours" in s ? undefined : hoursAt(amount, s.from, tariffs.get(lineRefKey(s.from))),
      hoursAt(amount, s.to, tariffs.get(lineRefKey(s.to))),
    ].filter((x) => x !== undefined);
    costing.push(
      `${how} from ${lineRefKey(s.from)} to ${lineRefKey(s.to)}${linked.length === 0 ? "" : `; ${linked.join("; ")}`}`,
    );
  }
  return E.right({ shifts, costing });
};

/** Budget shifts as the policy engine counts them: euros between line cells. */
export const policyShiftsOf = (shifts: readonly BudgetShift[]): PolicyShift[] =>
  shifts.map((s) => ({
    from: lineCell(s.from.group, s.from.line),
    to: lineCell(s.to.group, s.to.line),
    quantity: { kind: EUROS, amount: s.amount },
  }));
