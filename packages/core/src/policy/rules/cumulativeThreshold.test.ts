import { describe, expect, it } from "vitest";
import { contextAfter, emmen2007Contract, shift } from "../emmen2007.testSupport";
import { ReallocationPolicy } from "../policy";
import { periodOf } from "../transfers";
import { cumulativeTransfers } from "./cumulativeThreshold";

const policy = (thresholdPeriod: string) => {
  const decoded = ReallocationPolicy.decode({ version: 1, thresholdPeriod });
  if (decoded._tag === "Left") throw new Error("invalid test policy");
  return decoded.right;
};

describe("threshold periods", () => {
  it("place a moment by its Amsterdam calendar day", () => {
    expect(periodOf("quarter", "2007-03-31T21:59:59Z")).toBe("2007-Q1");
    expect(periodOf("quarter", "2007-03-31T22:00:00Z")).toBe("2007-Q2"); // 1 April, 00:00 summer time
    expect(periodOf("half-year", "2007-12-31T23:00:00Z")).toBe("2008-H1"); // 1 January, 00:00 winter time
    expect(periodOf("half-year", "2007-09-15")).toBe("2007-H2");
    expect(periodOf("agreement", "2007-09-15T10:00:00Z")).toBeUndefined();
    expect(periodOf(undefined, "2007-09-15T10:00:00Z")).toBeUndefined();
  });

  it("count a transfer applied late on 31 March (UTC) in the second quarter", () => {
    const context = contextAfter(emmen2007Contract(), [
      { appliedAt: "2007-03-31T22:30:00Z", shifts: [shift("6/OBW/Stad", "6/JW/Stad", 1000)] },
      { appliedAt: "2007-03-31T21:30:00Z", shifts: [shift("6/OBW/Stad", "6/JW/Stad", 500)] },
    ]);
    const [q2] = cumulativeTransfers(
      policy("quarter"),
      context,
      [shift("4/OW/Stad", "4/OW/Velden", 100)],
      "2007-04-10T10:00:00Z",
    );
    expect(q2?.period).toBe("2007-Q2");
    expect(q2?.applied).toEqual(shift("x/x/x", "y/y/y", 1000).quantity.amount);
  });
});
