import { type Decimal, type HoursOnLine, type ShiftCosting, lineRefKey } from "@grant-ledger/core";

/** How a costing's exact values are printed: euros with every digit, hours with the hours' word. */
export interface CostingFormats {
  readonly money: (d: Decimal) => string;
  readonly hours: (d: Decimal) => string;
}

/** A money shift's costing worded from its data: one language's sentences over the same codes. */
export type CostingWords = (c: ShiftCosting, f: CostingFormats) => string;

/** `€5,000 from g/L1 to g/L2; on g/L2 at €62.25 an hour: ≈ 80.32 hours`. */
export const englishCosting: CostingWords = (c, f) => {
  if (c.code === "legacy") return `as recorded: ${c.text}`;
  const linked = (l: HoursOnLine) =>
    `on ${lineRefKey(l.line)} at ${f.money(l.tariff)} an hour: ${l.exact ? "" : "≈ "}${f.hours(l.hours)}`;
  const how =
    c.code === "hours-at-tariff"
      ? `${f.hours(c.hours)} × ${f.money(c.tariff)} = ${f.money(c.amount)}`
      : f.money(c.amount);
  return [`${how} from ${lineRefKey(c.from)} to ${lineRefKey(c.to)}`, ...c.linked.map(linked)].join("; ");
};
