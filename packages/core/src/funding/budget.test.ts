import { describe, expect, it } from "vitest";
import { cellKey } from "../cell/cell";
import { decimal, parseDecimal, toDecimalString } from "../quantity/decimal";
import { budgetMatrix, groupTotals, totalCosts } from "./budget";
import { costingAmount, lineCell, presented } from "./budgetLine";
import { armoede2022, buurtVitaal2009 } from "./examples.testSupport";

const euros = (s: string) => parseDecimal(s) ?? decimal(-1);

describe("budget lines in the shapes the documents use", () => {
  it("costs fte × hours per fte × tariff exactly and rounds only when presented", () => {
    const [bmw] = armoede2022().lines;
    const amount = bmw === undefined ? undefined : costingAmount(bmw.costing);
    expect(amount && toDecimalString(amount)).toBe("386722.4625");
    expect(amount && toDecimalString(presented(amount, "euros"))).toBe("386722");
    expect(amount && toDecimalString(presented(amount, "cents"))).toBe("386722.46");
  });

  it("adds the 2022 armoede lines to the printed Subtotaal once presented", () => {
    const group = armoede2022();
    const [total] = groupTotals([group], budgetMatrix([group]));
    expect(total && toDecimalString(total.amount)).toBe("854788.425");
    expect(total && toDecimalString(presented(total.amount, "euros"))).toBe("854788");
  });

  it("costs quantity × unit × rate with a lump-sum part, and the Buurt Vitaal sections to the euro", () => {
    const groups = buurtVitaal2009();
    const m = budgetMatrix(groups);
    expect(toDecimalString(m.get(cellKey(lineCell("1", "PB")))?.quantity.amount ?? decimal(-1))).toBe(
      "45000",
    );
    expect(groupTotals(groups, m).map((g) => toDecimalString(g.amount))).toEqual([
      "80360",
      "255250",
      "1731680",
      "219000",
    ]);
    expect(totalCosts(m)).toEqual(euros("2286290"));
  });

  it("counts a line to be determined as nothing, and says so", () => {
    const group = armoede2022();
    const withTbd = {
      ...group,
      lines: [
        ...group.lines,
        {
          code: "WB",
          name: "Werkbudget",
          costing: { kind: "to-be-determined" as const },
          presented: "euros" as const,
        },
      ],
    };
    const [total] = groupTotals([withTbd], budgetMatrix([withTbd]));
    expect(total?.toBeDetermined).toBe(1);
    expect(total && toDecimalString(total.amount)).toBe("854788.425");
  });
});
