import * as t from "io-ts";
import { type Decimal, decimal, isNegative, multiply, round, toDecimalString } from "./decimal";

/**
 * Money is a whole number of euro cents, carried as a string of digits on the wire
 * (`"7755"` = €77,55) so that JSON never turns it into a float.
 */
export interface Money {
  readonly cents: bigint;
}

export const MoneyFromCents = new t.Type<Money, string, unknown>(
  "Cents",
  (u): u is Money => typeof u === "object" && u !== null && typeof (u as Money).cents === "bigint",
  (u, c) =>
    typeof u === "string" && /^-?(0|[1-9]\d*)$/.test(u)
      ? t.success({ cents: BigInt(u) })
      : t.failure(u, c, 'expected whole euro cents as a string of digits, such as "7755"'),
  (m) => m.cents.toString(),
);

export const NonNegativeMoney = t.refinement(MoneyFromCents, (m) => m.cents >= 0n, "NonNegativeCents");

export const cents = (n: bigint | number): Money => ({ cents: BigInt(n) });

/** Euros as an exact decimal: 7755 cents → 77.55. */
export const moneyToEuros = (m: Money): Decimal => decimal(m.cents, 2);

/**
 * units × tariff in euros, unrounded: 4986.75 h × €77,55 = €386722.4625.
 * Round only for presentation (`formatEuros`).
 */
export const amountFor = (units: Decimal, tariff: Money): Decimal => multiply(units, moneyToEuros(tariff));

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Dutch presentation, rounded half away from zero: `€ 386.722` (scale 0) or `€ 386.722,46` (scale 2).
 */
export const formatEuros = (euros: Decimal, scale: 0 | 2 = 2): string => {
  const rounded = round(euros, scale);
  const text = toDecimalString(rounded);
  const negative = isNegative(rounded);
  const [int = "0", frac = ""] = (negative ? text.slice(1) : text).split(".");
  const body = scale === 0 ? groupThousands(int) : `${groupThousands(int)},${frac.padEnd(2, "0")}`;
  return `${negative ? "-" : ""}€ ${body}`;
};
