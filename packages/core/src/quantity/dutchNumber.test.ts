import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { toDecimalString } from "./decimal";
import { parseDutchDecimal, parseDutchMoney, parseDutchQuantity } from "./dutchNumber";
import { GROUPS, HOURS, unitKindFromWord } from "./unitKind";

const ok = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got ${JSON.stringify(e.left)}`);
  return e.right;
};
const err = (e: E.Either<{ message: string }, unknown>): string => {
  if (E.isRight(e)) throw new Error("expected Left");
  return e.left.message;
};

describe("Dutch numbers", () => {
  it("reads dots as thousands separators and the comma as the decimal mark", () => {
    expect(toDecimalString(ok(parseDutchDecimal("19.130")))).toBe("19130");
    expect(toDecimalString(ok(parseDutchDecimal("3,27")))).toBe("3.27");
    expect(toDecimalString(ok(parseDutchDecimal("1.234.567,891")))).toBe("1234567.891");
    expect(toDecimalString(ok(parseDutchDecimal(" 600 ")))).toBe("600");
    expect(toDecimalString(ok(parseDutchDecimal("-12")))).toBe("-12");
    expect(toDecimalString(ok(parseDutchDecimal("007")))).toBe("7");
  });

  it("refuses anything else with a clear message", () => {
    expect(err(parseDutchDecimal(""))).toContain("it is empty");
    expect(err(parseDutchDecimal("3.5"))).toContain("use a comma for decimals");
    expect(err(parseDutchDecimal("19.13"))).toContain("use a comma for decimals");
    expect(err(parseDutchDecimal("1.2345"))).toContain("Dutch notation");
    expect(err(parseDutchDecimal("12a"))).toContain('"12a"');
    expect(err(parseDutchDecimal("1,2,3"))).toContain("Dutch notation");
    expect(E.isLeft(parseDutchDecimal("1 000"))).toBe(true);
  });

  it("reads money as whole cents", () => {
    expect(ok(parseDutchMoney("€ 854.788")).cents).toBe(85478800n);
    expect(ok(parseDutchMoney("€77,55")).cents).toBe(7755n);
    expect(ok(parseDutchMoney("77,5")).cents).toBe(7750n);
    expect(ok(parseDutchMoney("EUR 1.000")).cents).toBe(100000n);
    expect(err(parseDutchMoney("€ 1,234"))).toContain("at most two decimals");
    expect(err(parseDutchMoney("€ veel"))).toContain("Dutch notation");
  });

  it("reads quantities with their unit kind, hours by default", () => {
    const groups = ok(parseDutchQuantity("82 groepen"));
    expect(groups.kind).toBe(GROUPS);
    expect(toDecimalString(groups.amount)).toBe("82");
    const plain = ok(parseDutchQuantity("1.500"));
    expect(plain.kind).toBe(HOURS);
    expect(toDecimalString(plain.amount)).toBe("1500");
    expect(ok(parseDutchQuantity("12 uur")).kind).toBe(HOURS);
    expect(err(parseDutchQuantity("82 appels"))).toContain('unknown unit "appels"');
    expect(err(parseDutchQuantity("groepen"))).toContain("expected a number");
    expect(err(parseDutchQuantity("3.5 uur"))).toContain("use a comma");
  });

  it("refuses unit words that are names of Object.prototype, which a plain-object lookup finds", () => {
    for (const word of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "CONSTRUCTOR"]) {
      expect(err(parseDutchQuantity(`82 ${word}`))).toContain("unknown unit");
      expect(unitKindFromWord(word)).toBeUndefined();
    }
  });
});
