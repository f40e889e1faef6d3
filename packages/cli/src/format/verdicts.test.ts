import type { Verdict } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../messages/catalogue";
import { verdictExplanation, verdictLines } from "./verdicts";

const found: Verdict = {
  rule: "cumulative-threshold",
  outcome: "needs-approval",
  explanation:
    "cumulative transfers 3 700 h = 10.2% of 36 146 h, above 10% (3 300 h applied since the baseline + 400 h proposed)",
  findings: [
    {
      code: "cumulative-share",
      values: {
        kind: "hours",
        moved: "3700",
        applied: "3300",
        proposed: "400",
        share: "10.2",
        total: "36146",
        threshold: "10",
        above: "true",
      },
    },
  ],
};

describe("verdicts for people", () => {
  it("are worded from the findings in the language and its number formats", () => {
    expect(verdictExplanation(found, messagesFor("nl"))).toBe(
      "cumulatief verschoven 3.700 uur = 10,2% van 36.146 uur, boven de drempel van 10% (3.300 uur verschoven sinds de basis + 400 uur voorgesteld)",
    );
    expect(verdictExplanation(found, messagesFor("en"))).toBe(
      "cumulative transfers 3,700 hours = 10.2% of 36,146 hours, above 10% (3,300 hours applied since the baseline + 400 hours proposed)",
    );
    // The outcome is worded too, in one column: Dutch by default, the codes' own words in English.
    expect(verdictLines([found], messagesFor("nl"))[0]).toMatch(
      /^ {2}goedkeuring nodig +cumulatieve drempel +cumulatief/,
    );
    expect(verdictLines([found], messagesFor("en"))[0]).toMatch(
      /^ {2}needs-approval +cumulative-threshold +cumulative/,
    );
    const passed = verdictLines([{ ...found, outcome: "pass" }, found], messagesFor("nl"));
    expect(passed[0]).toMatch(/^ {2}voldoet {11}cumulatieve drempel/);
    expect(passed.map((l) => l.indexOf("cumulatieve drempel"))).toEqual([20, 20]);
    expect(passed.join("\n")).not.toMatch(/\bpass\b/);
  });

  it("join several findings as the explanation does", () => {
    const v: Verdict = {
      rule: "conservation",
      outcome: "pass",
      explanation: "",
      findings: [
        { code: "shifts-move", values: { shifts: "1", amount: "12.5", kind: "hours" } },
        { code: "total-stays", values: { kind: "hours", total: "36146" } },
        { code: "no-cell-below-zero" },
      ],
    };
    expect(verdictExplanation(v, messagesFor("nl"))).toBe(
      "1 verschuiving verplaatst 12,5 uur; het totaal blijft 36.146 uur; geen cel komt onder nul",
    );
  });

  it("print euros as euros: € 5.000, € 5.000,50, never 5.000 euros", () => {
    const v: Verdict = {
      rule: "conservation",
      outcome: "pass",
      explanation: "",
      findings: [
        { code: "shifts-move", values: { shifts: "1", amount: "5000.5", kind: "euros" } },
        { code: "total-stays", values: { kind: "euros", total: "2286290" } },
      ],
    };
    expect(verdictExplanation(v, messagesFor("nl"))).toBe(
      "1 verschuiving verplaatst € 5.000,50; het totaal blijft € 2.286.290",
    );
    expect(verdictExplanation(v, messagesFor("en"))).toBe(
      "1 shift moves €5,000.50; the euros total stays €2,286,290",
    );
  });

  it("fall back to the recorded explanation for verdicts recorded before findings, or with an unknown one", () => {
    const old: Verdict = { rule: "scope", outcome: "pass", explanation: "recorded in 2026-11" };
    expect(verdictExplanation(old, messagesFor("nl"))).toBe("recorded in 2026-11");
    const newer: Verdict = {
      ...old,
      explanation: "from a newer rule",
      findings: [{ code: "quota-exceeded" }],
    };
    expect(verdictExplanation(newer, messagesFor("nl"))).toBe("from a newer rule");
  });
});
