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

  it("notes a missing Tarief column, reports an empty cell, and leaves out checks that need them", () => {
    const { discrepancies, totals } = check([
      "Dienst\tfte\tUren\tTotaal",
      "Buurtwerk\t3,27\t\t386.722",
      "Subtotaal\t\t\t",
    ]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.found, d.severity ?? "discrepancy"])).toEqual([
      ["missing-column", 1, "Dienst | fte | Uren | Totaal", "note"],
      ["not-a-number", 2, "an empty cell", "discrepancy"],
      ["not-a-number", 3, "an empty cell", "discrepancy"],
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

  it("reads lines without a tariff as lump sums and n.t.b. as to be determined, stated as notes", () => {
    const { discrepancies, totals } = check([
      "Dienst\tfte\tUren\tTarief\tTotaal",
      "Buurtwerk\t3,27\t4.987\t77,55\t386.722",
      "Werkbudget\t\t\t\t40.000",
      "Flexibel budget\t\t\t\tn.t.b.",
      "Subtotaal\t\t\t\t426.722",
    ]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.severity])).toEqual([
      ["budget-line", 3, "note"],
      ["budget-line", 4, "note"],
    ]);
    expect(toDecimalString(totals.amount)).toBe("426722.4625");
    expect(toDecimalString(totals.hours)).toBe("4986.75");
  });

  it("gives the lines to import in the shapes they were printed in", () => {
    const t = tableFromText(
      "b.tsv",
      [
        "Dienst\tfte\tUren\tTarief\tTotaal",
        "A\t3,27\t4.987\t77,55\t386.722",
        "B\t\t100\t50\t5.000",
        "C\t\t\t\t12,50",
      ].join("\n"),
      "utf-8",
    );
    if (t._tag !== "Table") throw new Error("no table");
    const { lines } = checkBudget(parseBudget(t.table, "b").budget, decimal(1525));
    expect(lines.map((l) => [l.code, l.costing.kind, l.presented])).toEqual([
      ["L1", "fte", "euros"],
      ["L2", "hours", "euros"],
      ["L3", "lump-sum", "cents"],
    ]);
  });

  it("checks each Subtotaal against its own lines, and a Totaal begroting against all of them", () => {
    const lines = [
      "Dienst\tfte\tUren\tTarief\tTotaal",
      "A\t1\t1.525\t10\t15.250",
      "Subtotaal\t\t\t\t15.250",
      "B\t\t\t\t1.000",
      "Subtotaal\t\t\t\t1.000",
    ];
    const ok = check([...lines, "Totaal begroting\t\t\t\t16.250"]);
    expect(ok.discrepancies.map((d) => d.kind)).toEqual(["budget-line"]);
    expect(toDecimalString(ok.totals.amount)).toBe("16250");
    const wrong = check([...lines, "Totaal begroting\t\t\t\t16.260"]);
    expect(wrong.discrepancies).toContainEqual(
      expect.objectContaining({ kind: "budget-subtotal", line: 6, expected: "16.250", found: "16.260" }),
    );
  });
});
