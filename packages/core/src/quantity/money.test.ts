import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { decimal, multiply, parseDecimal, toDecimalString } from "./decimal";
import { parseDutchDecimal, parseDutchMoney } from "./dutchNumber";
import { MoneyFromCents, NonNegativeMoney, amountFor, cents, formatEuros, moneyToEuros } from "./money";
import {
  DecimalFromString,
  Quantity,
  addQuantity,
  compareQuantity,
  formatQuantity,
  subtractQuantity,
} from "./quantity";
import { GROUPS, HOURS, unitKind, unitKindFromWord } from "./unitKind";

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error("expected Right");
  return e.right;
};

describe("money", () => {
  it("3,27 fte × 1525 = 4986,75 h × € 77,55 = € 386.722,46, printed € 386.722", () => {
    const hours = multiply(right(parseDutchDecimal("3,27")), decimal(1525));
    expect(toDecimalString(hours)).toBe("4986.75");
    const amount = amountFor(hours, right(parseDutchMoney("€ 77,55")));
    expect(toDecimalString(amount)).toBe("386722.4625");
    expect(formatEuros(amount, 2)).toBe("€ 386.722,46");
    expect(formatEuros(amount, 0)).toBe("€ 386.722");
  });

  it("formats negative amounts and pads cents", () => {
    expect(formatEuros(moneyToEuros(cents(-123450)), 2)).toBe("-€ 1.234,50");
    expect(formatEuros(decimal(5, 1), 0)).toBe("€ 1");
    expect(formatEuros(decimal(-5, 1), 0)).toBe("-€ 1");
    expect(formatEuros(decimal(999), 2)).toBe("€ 999,00");
  });

  it("carries cents as digit strings on the wire", () => {
    expect(MoneyFromCents.encode(cents(7755))).toBe("7755");
    expect(right(MoneyFromCents.decode("85478800")).cents).toBe(85478800n);
    expect(E.isLeft(MoneyFromCents.decode(7755))).toBe(true);
    expect(E.isLeft(MoneyFromCents.decode("77.55"))).toBe(true);
    expect(E.isLeft(NonNegativeMoney.decode("-1"))).toBe(true);
  });
});

describe("quantities", () => {
  const q = (kind: typeof HOURS, s: string) => ({ kind, amount: parseDecimal(s) ?? decimal(0) });

  it("decode from and encode to decimal strings, never numbers", () => {
    const decoded = right(Quantity.decode({ kind: "hours", amount: "4986.75" }));
    expect(formatQuantity(decoded)).toBe("4986.75 hours");
    expect(Quantity.encode(decoded)).toEqual({ kind: "hours", amount: "4986.75" });
    expect(E.isLeft(Quantity.decode({ kind: "hours", amount: 4986.75 }))).toBe(true);
    expect(E.isLeft(Quantity.decode({ kind: "hours", amount: "-1" }))).toBe(true);
    expect(E.isLeft(Quantity.decode({ kind: "Hours", amount: "1" }))).toBe(true);
    expect(E.isLeft(DecimalFromString.decode("1,5"))).toBe(true);
  });

  it("combine only within one unit kind", () => {
    expect(formatQuantity(addQuantity(q(HOURS, "1.5"), q(HOURS, "2")))).toBe("3.5 hours");
    expect(formatQuantity(subtractQuantity(q(HOURS, "1.5"), q(HOURS, "2")))).toBe("-0.5 hours");
    expect(compareQuantity(q(HOURS, "1.5"), q(HOURS, "1.50"))).toBe(0);
    expect(() => addQuantity(q(HOURS, "1"), q(GROUPS, "1"))).toThrow(/cannot combine hours with groups/);
  });

  it("know their unit words", () => {
    expect(unitKindFromWord(" Groepen ")).toBe(GROUPS);
    expect(unitKindFromWord("uren")).toBe(HOURS);
    expect(unitKindFromWord("appels")).toBeUndefined();
    expect(() => unitKind("Not a kind")).toThrow(RangeError);
  });
});
