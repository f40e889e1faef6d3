import { EUROS, GROUPS, HOURS, decimal, parseDecimal } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/catalogue";
import { numberFormats } from "./numbers";

const d = (s: string) => parseDecimal(s)!;

describe("numbers for people", () => {
  const nl = numberFormats(messagesFor("nl"));
  const en = numberFormats(messagesFor("en"));

  it("Dutch by Intl.NumberFormat('nl-NL'): 1.514 uur, 10,2%, € 854.788,43", () => {
    expect(nl.quantity({ kind: HOURS, amount: decimal(1514) })).toBe("1.514 uur");
    expect(nl.share(d("3687"), d("36146"))).toBe("10,2%");
    expect(nl.euros(d("854788.425"))).toBe("€ 854.788,43");
    expect(
      nl.totals(
        new Map([
          [HOURS, d("36146")],
          [GROUPS, d("82")],
        ]),
      ),
    ).toBe("36.146 uur + 82 groepen");
  });

  it("English with --lang en", () => {
    expect(en.quantity({ kind: HOURS, amount: decimal(1514) })).toBe("1,514 hours");
    expect(en.share(d("3687"), d("36146"))).toBe("10.2%");
    expect(en.euros(d("854788.425"))).toBe("€854,788.43");
  });

  it("prints a quantity of euros as money, exact: € 5.000, € 5.000,50, € 386.722,4625", () => {
    expect(nl.quantity({ kind: EUROS, amount: d("5000") })).toBe("€ 5.000");
    expect(nl.quantity({ kind: EUROS, amount: d("5000.5") })).toBe("€ 5.000,50");
    expect(nl.quantity({ kind: EUROS, amount: d("386722.4625") })).toBe("€ 386.722,4625");
    expect(nl.money(d("123456789012345678.125"))).toBe("€ 123.456.789.012.345.678,125");
    expect(en.quantity({ kind: EUROS, amount: d("5000.5") })).toBe("€5,000.50");
    expect(en.quantity({ kind: EUROS, amount: d("5000") })).toBe("€5,000");
    expect(
      nl.totals(
        new Map([
          [HOURS, d("12")],
          [EUROS, d("930.6")],
        ]),
      ),
    ).toBe("12 uur + € 930,60");
  });

  it("keeps every digit of an exact amount, beyond what a float holds", () => {
    expect(nl.amount(d("123456789012345678.125"))).toBe("123.456.789.012.345.678,125");
  });
});
