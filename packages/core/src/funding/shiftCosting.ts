import * as t from "io-ts";
import { type Decimal, quotient } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";
import { type BudgetLineRef, BudgetLineRefCodec, Euros } from "./budgetLine";

/**
 * The hours a sum of euros stands for on a line costed from hours, at that line's tariff.
 * `hours` is the quotient rounded half away from zero to 2 decimals (a quotient of euros need
 * not end), and `exact` says whether it is the whole quotient; the euros stay what moves.
 */
export const HoursOnLine = t.type(
  { line: BudgetLineRefCodec, tariff: Euros, hours: NonNegativeDecimal, exact: t.boolean },
  "HoursOnLine",
);
export type HoursOnLine = t.TypeOf<typeof HoursOnLine>;

const Moved = {
  from: BudgetLineRefCodec,
  to: BudgetLineRefCodec,
  /** The exact euros the shift moves. */
  amount: Euros,
  /** The hours those euros stand for on the lines costed from hours (the source's left out when asked in hours). */
  linked: t.array(HoursOnLine),
};

/** A shift asked for in euros: `€ 5.000 van armoede/BMW naar armoede/GS`. */
export const EurosShiftCosting = t.type({ code: t.literal("euros"), ...Moved }, "EurosShiftCosting");

/** A shift asked for in hours of a line costed from hours: hours × the source line's tariff = the euros. */
export const HoursShiftCosting = t.type(
  { code: t.literal("hours-at-tariff"), hours: NonNegativeDecimal, tariff: Euros, ...Moved },
  "HoursShiftCosting",
);

/**
 * A costing recorded as English text before events carried it as data (BudgetReallocation*
 * v1), in a form the upcaster could not read back exactly: the text is kept as it was.
 */
export const LegacyShiftCosting = t.type({ code: t.literal("legacy"), text: t.string }, "LegacyShiftCosting");

/**
 * How one money shift is costed, as data any language can word: codes and exact values,
 * never text written by the core (except the kept text of a legacy costing).
 */
export const ShiftCosting = t.union(
  [EurosShiftCosting, HoursShiftCosting, LegacyShiftCosting],
  "ShiftCosting",
);
export type ShiftCosting = t.TypeOf<typeof ShiftCosting>;

/** The hours `amount` buys on `line` at `tariff`, for the explanation. */
export const hoursOnLine = (amount: Decimal, line: BudgetLineRef, tariff: Decimal): HoursOnLine => {
  const q = quotient(amount, tariff, 2);
  return { line, tariff, hours: q.value, exact: q.exact };
};
