import { toDecimalString } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { bracketed, readCalculation } from "./calculation";

const read = (description: string) => {
  const b = bracketed(description);
  if (b === undefined) throw new Error("no brackets");
  return readCalculation(b.inside, b.before);
};

describe("bracketed calculations", () => {
  it("keeps the units of the factors and the lump-sum part", () => {
    const c = read("Procesbegeleiding (3 uur per week * 104 weken * € 125 + €6.000 procesgeld)");
    expect(E.isRight(c) && c.right.factors.map((f) => [toDecimalString(f.amount), f.unit])).toEqual([
      ["3", "uur per week"],
      ["104", "weken"],
    ]);
    expect(E.isRight(c) && toDecimalString(c.right.rate)).toBe("125");
    expect(E.isRight(c) && c.right.lumpSums.map((l) => [toDecimalString(l.amount), l.label])).toEqual([
      ["6000", "procesgeld"],
    ]);
  });

  it("reads a missing space before the times sign and a euro sign glued to the number", () => {
    const c = read("Inzet (4 uur per week* 104 weken * €85)");
    expect(E.isRight(c) && c.right.factors.length).toBe(2);
    const w = read("Woningen (137 woningen * €10.000)");
    expect(E.isRight(w) && toDecimalString(w.right.rate)).toBe("10000");
  });

  it("reads `à` and ` x ` as times", () => {
    const a = read("Training (10 uur à € 50)");
    expect(E.isRight(a) && [a.right.factors[0]?.unit, toDecimalString(a.right.rate)]).toEqual(["uur", "50"]);
    const x = read("Groepen (4 groepen x 10 bijeenkomsten x € 200)");
    expect(E.isRight(x) && x.right.factors.length).toBe(2);
  });

  it("takes the quantity from the description when the brackets give only a rate", () => {
    const c = read("50 coachingstrajecten voor individuele bewoners (€ 2.500 per traject)");
    expect(
      E.isRight(c) && [
        toDecimalString(c.right.factors[0]?.amount ?? c.right.rate),
        c.right.factors[0]?.unit,
        c.right.per,
      ],
    ).toEqual(["50", "coachingstrajecten", "traject"]);
    expect(E.isRight(c) && c.right.quantityFromDescription).toBe(true);
  });

  it("says why a bracket is not a calculation", () => {
    expect(read("Experiment KOEK (LSA)")).toEqual(E.left("it holds no amount in euros"));
    expect(E.isLeft(read("Iets (€ 5 * € 6)"))).toBe(true);
    expect(E.isLeft(read("Iets (€ 2.500 per traject)"))).toBe(true);
  });
});
