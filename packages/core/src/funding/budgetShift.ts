import * as E from "fp-ts/Either";
import * as t from "io-ts";
import { type DomainError, domainError } from "../agreement/errors";
import type { PolicyShift } from "../policy/context";
import { formatAmount } from "../policy/wording";
import { type Decimal, isZero, multiply } from "../quantity/decimal";
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
import { type HoursOnLine, type ShiftCosting, hoursOnLine } from "./shiftCosting";

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

const tariffsOf = (groups: readonly BudgetGroup[]): Map<string, Decimal> => {
  const out = new Map<string, Decimal>();
  for (const g of groups)
    for (const l of g.lines) {
      const h = hourCosting(l.costing);
      // A tariff of zero buys no hours to speak of: such a line is explained in euros only.
      if (h !== undefined && !isZero(h.tariff))
        out.set(lineRefKey({ group: g.code, line: l.code }), h.tariff);
    }
  return out;
};

/**
 * Hours and money stay linked: a shift asked for in hours moves their cost at the source
 * line's tariff (`12 h × € 77,55 = € 930,60`), and each costing states the hours that sum
 * stands for on the lines costed from hours. The euros are what moves, so the budget total
 * is conserved whatever the tariffs. The costing is data (codes and exact values): each
 * language words it.
 */
export const resolveBudgetShifts = (
  groups: readonly BudgetGroup[],
  inputs: readonly BudgetShiftInput[],
): E.Either<DomainError, { shifts: BudgetShift[]; costing: ShiftCosting[] }> => {
  const tariffs = tariffsOf(groups);
  const shifts: BudgetShift[] = [];
  const costing: ShiftCosting[] = [];
  const linkedOn = (amount: Decimal, ref: BudgetLineRef): HoursOnLine[] => {
    const tariff = tariffs.get(lineRefKey(ref));
    return tariff === undefined ? [] : [hoursOnLine(amount, ref, tariff)];
  };
  const known = new Set(
    groups.flatMap((g) => g.lines.map((l) => lineRefKey({ group: g.code, line: l.code }))),
  );
  for (const [i, s] of inputs.entries()) {
    const { from, to } = s;
    // A line the budget does not have is a typo to name, not a cell of € 0 to judge.
    const unknown = [from, to].find((r) => !known.has(lineRefKey(r)));
    if (unknown !== undefined)
      return E.left(
        domainError(
          "UnknownBudgetLine",
          `shift ${i + 1}: the budget has no line ${lineRefKey(unknown)} (it has ${[...known].join(", ")})`,
          { line: lineRefKey(unknown) },
        ),
      );
    if ("hours" in s) {
      const tariff = tariffs.get(lineRefKey(from));
      if (tariff === undefined) {
        return E.left(
          domainError(
            "NotCostedFromHours",
            `shift ${i + 1} moves ${formatAmount(s.hours)} h out of ${lineRefKey(from)}, which is not costed from hours: state the euros instead`,
            { line: lineRefKey(from) },
          ),
        );
      }
      const amount = multiply(s.hours, tariff);
      shifts.push({ from, to, amount, hours: s.hours });
      costing.push({
        code: "hours-at-tariff",
        hours: s.hours,
        tariff,
        from,
        to,
        amount,
        linked: linkedOn(amount, to),
      });
    } else {
      shifts.push({ from, to, amount: s.amount });
      costing.push({
        code: "euros",
        from,
        to,
        amount: s.amount,
        linked: [...linkedOn(s.amount, from), ...linkedOn(s.amount, to)],
      });
    }
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
