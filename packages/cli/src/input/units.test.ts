import { toDecimalString } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/catalogue";
import { describeFailure } from "../runner/cliFailure";
import { parseUnits } from "./units";

const nl = messagesFor("nl");
const en = messagesFor("en");
const read = (text: string, m = nl) => {
  const r = parseUnits(text, m);
  return E.isRight(r) ? toDecimalString(r.right) : `error: ${describeFailure(r.left, m)}`;
};

describe("the --units grammar", () => {
  it("Dutch (default): whole numbers and a decimal comma", () => {
    expect(read("100")).toBe("100");
    expect(read("12,5")).toBe("12.5");
    expect(read("12,50")).toBe("12.5");
    expect(read("0,25")).toBe("0.25");
    expect(read("007")).toBe("7");
  });

  it("English: a decimal point", () => {
    expect(read("12.5", en)).toBe("12.5");
    expect(read("12.3456", en)).toBe("12.3456");
  });

  it("refuses a thousands separator and says why", () => {
    expect(read("1.500")).toMatch(/^error: --units "1.500": een punt scheidt .* duizendtallen/);
    expect(read("12.50")).toMatch(/scheidingstekens voor duizendtallen worden niet geaccepteerd/);
    expect(read("1,500", en)).toMatch(/a comma separates thousands .* not accepted/);
    expect(read("1.234,5")).toMatch(/^error: --units "1.234,5": /);
  });

  it("refuses a separator with exactly three digits after it in both languages", () => {
    expect(read("1,500")).toMatch(/is dubbelzinnig/);
    expect(read("1.500", en)).toMatch(/is ambiguous.*write 1500 .* or 1\.5/);
    expect(read("12,5000")).toBe("12.5");
  });

  it("refuses anything else: signs, exponents, spaces inside, zero", () => {
    for (const text of ["-5", "1e3", "1 500", "12,", ",5", "abc", "0x10"])
      expect(read(text)).toMatch(/^error: --units /);
    expect(read("")).toMatch(/geef een aantal/);
    expect(read("0")).toMatch(/meer dan nul/);
    expect(read("0,0")).toMatch(/meer dan nul/);
  });
});
