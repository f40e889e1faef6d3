import { describe, expect, it } from "vitest";
import {
  abs,
  add,
  compare,
  decimal,
  equals,
  max,
  min,
  multiply,
  negate,
  parseDecimal,
  percentOf,
  round,
  subtract,
  sum,
  toDecimalString,
} from "./decimal";

const d = (s: string) => {
  const v = parseDecimal(s);
  if (v === undefined) throw new Error(`bad test input ${s}`);
  return v;
};
const str = toDecimalString;

describe("Decimal", () => {
  it("parses and prints the canonical form, normalising trailing zeros", () => {
    expect(str(d("4986.75"))).toBe("4986.75");
    expect(str(d("12.50"))).toBe("12.5");
    expect(str(d("-0.05"))).toBe("-0.05");
    expect(str(d("0"))).toBe("0");
    expect(d("1.0")).toEqual(d("1"));
  });

  it("refuses anything but the canonical form", () => {
    for (const bad of ["", "1,5", "1e3", "01", "+1", " 1", "1.", ".5", "1.2.3", "abc"])
      expect(parseDecimal(bad)).toBeUndefined();
  });

  it("adds, subtracts and multiplies exactly where binary floating point does not", () => {
    expect(str(add(d("0.1"), d("0.2")))).toBe("0.3");
    expect(str(subtract(d("1"), d("0.9")))).toBe("0.1");
    expect(str(multiply(d("1.1"), d("1.1")))).toBe("1.21");
    expect(str(sum([d("19130"), d("0.01"), d("-5")]))).toBe("19125.01");
    expect(str(negate(d("2.5")))).toBe("-2.5");
    expect(str(abs(d("-2.5")))).toBe("2.5");
  });

  it("compares across scales", () => {
    expect(compare(d("1.50"), d("1.5"))).toBe(0);
    expect(compare(d("1.05"), d("1.5"))).toBe(-1);
    expect(compare(d("10"), d("9.99"))).toBe(1);
    expect(equals(d("2"), decimal(200, 2))).toBe(true);
    expect(str(min(d("3"), d("2.9")))).toBe("2.9");
    expect(str(max(d("3"), d("2.9")))).toBe("3");
  });

  it("3,27 fte × 1525 h = 4986,75 h, unrounded", () => {
    expect(str(multiply(d("3.27"), d("1525")))).toBe("4986.75");
  });

  it("rounds half away from zero, only when asked", () => {
    expect(str(round(d("2.5"), 0))).toBe("3");
    expect(str(round(d("-2.5"), 0))).toBe("-3");
    expect(str(round(d("2.49"), 0))).toBe("2");
    expect(str(round(d("-2.49"), 0))).toBe("-2");
    expect(str(round(d("386722.4625"), 2))).toBe("386722.46");
    expect(str(round(d("386722.465"), 2))).toBe("386722.47");
    expect(str(round(d("0.005"), 2))).toBe("0.01");
    expect(str(round(d("1.2"), 3))).toBe("1.2");
  });

  it("gives percentages for presentation, rounded half away from zero", () => {
    expect(str(percentOf(d("3700"), d("36146")))).toBe("10.2");
    expect(str(percentOf(d("1"), d("8"), 2))).toBe("12.5");
    expect(str(percentOf(d("1"), d("3"), 2))).toBe("33.33");
    expect(str(percentOf(d("2"), d("3"), 0))).toBe("67");
    expect(() => percentOf(d("1"), d("0"))).toThrow(RangeError);
  });

  it("refuses non-integer units", () => {
    expect(() => decimal(1.5)).toThrow(RangeError);
  });
});
