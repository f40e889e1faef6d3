import { GROUPS, HOURS, decimal, parseDecimal } from "@grant-ledger/core";
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

  it("keeps every digit of an exact amount, beyond what a float holds", () => {
    expect(nl.amount(d("123456789012345678.125"))).toBe("123.456.789.012.345.678,125");
  });
});
