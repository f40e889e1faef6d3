import { describe, expect, it } from "vitest";
import { labelsFor } from "../../labels/labels";
import { spelledTarget } from "./frameworkTables";

describe("an indicator's target, spelled out", () => {
  const both = (t: Parameters<typeof spelledTarget>[0]) => [
    spelledTarget(t, labelsFor("nl")),
    spelledTarget(t, labelsFor("en")),
  ];
  it("names the comparator in Dutch and English", () => {
    expect(both({ comparator: "atLeast", value: "7" })).toEqual(["minimaal 7", "at least 7"]);
    expect(both({ comparator: "atMost", value: "150" })).toEqual(["maximaal 150", "at most 150"]);
    expect(both({ comparator: "between", low: "10", high: "20" })).toEqual([
      "tussen 10 en 20",
      "between 10 and 20",
    ]);
    expect(both({ comparator: "moreThan", value: "300" })).toEqual(["meer dan 300", "more than 300"]);
    expect(both({ comparator: "lessThan", value: "5" })).toEqual(["minder dan 5", "less than 5"]);
    expect(both({ comparator: "equal", value: "4" })).toEqual(["gelijk aan 4", "equal to 4"]);
    expect(
      both({ comparator: "changeFromBaseline", measure: "percent", bound: "atLeast", value: "100" }),
    ).toEqual(["verandering t.o.v. nulmeting minimaal 100 %", "change from the baseline at least 100 %"]);
    expect(
      both({ comparator: "changeFromBaseline", measure: "absolute", bound: "lessThan", value: "0" }),
    ).toEqual(["verandering t.o.v. nulmeting minder dan 0", "change from the baseline less than 0"]);
    expect(both({ toBeDetermined: true })).toEqual(["nader te bepalen", "to be determined"]);
  });
});
