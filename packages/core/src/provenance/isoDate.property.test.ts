import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate, isIsoDateTime } from "./metadata";

// The definition the character-code checks replace, kept as the oracle.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysIn = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const calendar = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const oracleDateTime = (s: string): boolean => {
  const m = DATE_TIME.exec(s);
  if (m === null) return false;
  const n = (i: number): number => Number(m[i] ?? "0");
  return calendar(n(1), n(2), n(3)) && n(4) <= 23 && n(5) <= 59 && n(6) <= 59 && n(7) <= 23 && n(8) <= 59;
};
const oracleDate = (s: string): boolean => {
  const m = DATE.exec(s);
  return m !== null && calendar(Number(m[1]), Number(m[2]), Number(m[3]));
};

const digit = fc.constantFrom(..."0123456789");
const dd = fc.tuple(digit, digit).map(([a, b]) => a + b);
const nearDateTime = fc
  .tuple(
    fc.constantFrom("2007", "2008", "1900", "2000", "0000", "20x7"),
    fc.constantFrom("-", "/"),
    fc.oneof(dd, fc.constantFrom("02", "12", "13")),
    fc.oneof(dd, fc.constantFrom("28", "29", "30", "31")),
    fc.constantFrom("T", "t", " "),
    fc.oneof(dd, fc.constantFrom("23", "24")),
    fc.constantFrom(":", "."),
    dd,
    fc.constantFrom("", ":00", ":59", ":60", ":00.5", ":00.", ":00.123456", ".5"),
    fc.constantFrom("Z", "z", "", "+01:00", "-23:59", "+24:00", "+01:60", "+0100", "Z ", "+01:00:00"),
  )
  .map((parts) => parts.join(""));

describe("ISO dates by character codes", () => {
  it("IsoDateTime accepts exactly what the regular expression and calendar accepted", () => {
    fc.assert(
      fc.property(fc.oneof(nearDateTime, fc.string({ maxLength: 30 })), (s) => {
        expect(isIsoDateTime(s)).toBe(oracleDateTime(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("IsoDate accepts exactly what the regular expression and calendar accepted", () => {
    const nearDate = nearDateTime.map((s) => s.slice(0, 10));
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ maxLength: 12 })), (s) => {
        expect(isIsoDate(s)).toBe(oracleDate(s));
      }),
      { numRuns: 3000 },
    );
  });
});
