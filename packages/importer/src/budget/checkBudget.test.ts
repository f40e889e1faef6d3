import { decimal, toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { tableFromText } from "../table/readTable";
import { checkBudget } from "./checkBudget";
import { parseBudget } from "./parseBudget";

const check = (lines: string[]) => {
  const t = tableFromText("b.tsv", lines.join("\n"), "utf-8");
  if (t._tag !== "Table") throw new Error("no table");
  const parsed = parseBudget(t.table, "b");
  const checked = checkBudget(parsed.budget, decimal(1525));
  return { discrepancies: [...parsed.discrepancies, ...checked.discrepancies], totals: checked.totals };
};

describe("checkBudget", () => {
  it("compares at the printed precision: hours and euros printed with decimals must match exactly", () => {
    const { discrepancies, totals } = check([
      "Dienst\tfte\tUren\tTarief in €\tTotaal in €",
      "Buurtwerk\t3,27\t4.986,75\t77,55\t386.722,46",
      "Subtotaal\t\t\t\t386.722,46",
    ]);
    expect(discrepancies).toEqual([]);
    expect(toDecimalString(totals.amount)).toBe("386722.4625");
  });

  it("finds columns by heading, in any order", () => {
    const { discrepancies } = check([
      "Dienst\tTotaal\tTarief\tfte\tUren",
      "Buurtwerk\t386.722\t€ 77,55\t3,27\t4.987",
      "Subtotaal\t386.722",
    ]);
    expect(discrepancies).toEqual([]);
  });

  it("reports a missing column and an empty cell, and leaves out checks that need them", () => {
    const { discrepancies, totals } = check([
      "Dienst\tfte\tUren\tTotaal",
      "Buurtwerk\t3,27\t\t386.722",
      "Subtotaal\t\t\t",
    ]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.found])).toEqual([
      ["missing-column", 1, "Dienst | fte | Uren | Totaal"],
      ["not-a-number", 2, "an empty cell"],
      ["not-a-number", 3, "an empty cell"],
    ]);
    expect(totals.complete).toBe(false);
  });

  it("accepts a subtotal that adds the printed (rounded) lines, and reports one that matches neither", () => {
    const lines = ["Dienst\tfte\tUren\tTarief\tTotaal", "A\t0,04\t61\t0,27\t16", "B\t0,04\t61\t0,27\t16"];
    // Exact: 2 × 16,47 = 32,94 → 33; the printed lines: 16 + 16 = 32. Documents print either.
    expect(check([...lines, "Subtotaal\t\t\t\t33"]).discrepancies).toEqual([]);
    expect(check([...lines, "Subtotaal\t\t\t\t32"]).discrepancies).toEqual([]);
    expect(check([...lines, "Subtotaal\t\t\t\t31"]).discrepancies).toEqual([
      expect.objectContaining({ kind: "budget-subtotal", expected: "33", found: "31" }),
    ]);
  });
});
