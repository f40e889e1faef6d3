import { describe, expect, it } from "vitest";
import { dec, decoded } from "../testing";
import { evaluateIndicator } from "./evaluation";
import { Milestone } from "./framework";
import { ReferenceMoment } from "./indicator";
import type { Indicator, Target } from "./indicator";
import { MilestoneOutcome } from "./measurement";
import { milestoneState } from "./milestones";
import { toBeDetermined } from "./undetermined";

const year = (y: number) => decoded(ReferenceMoment, { year: y });
const indicator = (target: Indicator["target"], baseline?: Indicator["baseline"]): Indicator => ({
  id: "i",
  kind: "outcome",
  text: "as printed",
  target,
  ...(baseline === undefined ? {} : { baseline }),
});
const verdict = (target: Target | Indicator["target"], realised?: string, baseline?: Indicator["baseline"]) =>
  evaluateIndicator(indicator(target, baseline), realised === undefined ? undefined : dec(realised)).verdict;

describe("an indicator against its target", () => {
  it("'minimaal een 7' is at least 7, 'niet boven 150 per jaar' at most 150, inclusive", () => {
    expect(verdict({ comparator: "atLeast", value: dec("7") }, "7")).toBe("met");
    expect(verdict({ comparator: "atLeast", value: dec("7") }, "6.9")).toBe("notMet");
    expect(verdict({ comparator: "atMost", value: dec("150") }, "150")).toBe("met");
    expect(verdict({ comparator: "atMost", value: dec("150") }, "151")).toBe("notMet");
    // "minder dan 5", "meer dan 300": strict, as printed
    expect(verdict({ comparator: "lessThan", value: dec("5") }, "4.99")).toBe("met");
    expect(verdict({ comparator: "lessThan", value: dec("5") }, "5")).toBe("notMet");
    expect(verdict({ comparator: "moreThan", value: dec("300") }, "300")).toBe("notMet");
    expect(verdict({ comparator: "moreThan", value: dec("300") }, "300.5")).toBe("met");
  });

  it("between includes both ends; equal is exact", () => {
    const between = { comparator: "between", low: dec("10"), high: dec("20") } as const;
    expect([verdict(between, "10"), verdict(between, "20"), verdict(between, "20.01")]).toEqual([
      "met",
      "met",
      "notMet",
    ]);
    expect(verdict({ comparator: "equal", value: dec("4") }, "4.0")).toBe("met");
    expect(verdict({ comparator: "equal", value: dec("4") }, "4.1")).toBe("notMet");
  });

  it("'t.a.v. 2005 toegenomen met 100 %' compares the change in percent of the baseline, exactly", () => {
    const doubled = {
      comparator: "changeFromBaseline",
      measure: "percent",
      bound: "atLeast",
      value: dec("100"),
    } as const;
    const baseline = { value: dec("30"), at: year(2005) };
    expect(verdict(doubled, "60", baseline)).toBe("met");
    expect(verdict(doubled, "59.99", baseline)).toBe("notMet");
    // A third: 1/3 of 3 is 1, exactly 33.33…% — compared without dividing.
    const third = {
      comparator: "changeFromBaseline",
      measure: "percent",
      bound: "atLeast",
      value: dec("33.3333"),
    } as const;
    expect(verdict(third, "4", { value: dec("3"), at: year(2012) })).toBe("met");
    expect(evaluateIndicator(indicator(doubled, baseline), dec("75"))).toEqual({
      verdict: "met",
      change: dec("45"),
    });
  });

  it("'neemt niet toe' is an absolute change of at most 0, 'neemt af' one below 0", () => {
    const baseline = { value: dec("1120"), at: { date: "2012-01-01" } };
    const noRise = {
      comparator: "changeFromBaseline",
      measure: "absolute",
      bound: "atMost",
      value: dec("0"),
    } as const;
    const falls = {
      comparator: "changeFromBaseline",
      measure: "absolute",
      bound: "lessThan",
      value: dec("0"),
    } as const;
    expect([verdict(noRise, "1120", baseline), verdict(falls, "1120", baseline)]).toEqual(["met", "notMet"]);
    expect(verdict(falls, "1119", baseline)).toBe("met");
  });

  it("is not measurable while the target, the measurement or the baseline it needs is missing or to be determined", () => {
    const change = {
      comparator: "changeFromBaseline",
      measure: "percent",
      bound: "atLeast",
      value: dec("5"),
    } as const;
    const reason = (i: Indicator, realised?: string) => {
      const v = evaluateIndicator(i, realised === undefined ? undefined : dec(realised));
      return v.verdict === "notMeasurable" ? v.reason : v.verdict;
    };
    expect(reason(indicator(toBeDetermined("Nader te bepalen")), "3")).toBe("targetToBeDetermined");
    expect(reason(indicator({ comparator: "atLeast", value: dec("1") }))).toBe("noMeasurement");
    expect(reason(indicator(change), "3")).toBe("baselineMissing");
    expect(reason(indicator(change, toBeDetermined()), "3")).toBe("baselineToBeDetermined");
    expect(reason(indicator(change, { value: toBeDetermined(), at: year(2015) }), "3")).toBe(
      "baselineToBeDetermined",
    );
    expect(reason(indicator(change, { value: dec("0"), at: year(2012) }), "3")).toBe("baselineZero");
  });
});

describe("a milestone", () => {
  const phase = decoded(Milestone, {
    id: "fase-1",
    kind: "phase",
    title: "KOEK fase 1",
    deadline: "2007-09-30",
    target: { count: 15, unit: "deelnemers" },
  });
  const outcome = (reachedOn: string, achieved: number) =>
    decoded(MilestoneOutcome, { milestoneId: "fase-1", reachedOn, achieved });
  it("is missed once its deadline has passed unreached or short of its target, open before", () => {
    expect(milestoneState(phase, undefined, "2007-09-30")).toBe("open");
    expect(milestoneState(phase, undefined, "2007-10-01")).toBe("missed");
    expect(milestoneState(phase, outcome("2007-09-01", 12), "2007-10-01")).toBe("missed");
    expect(milestoneState(phase, outcome("2007-09-01", 15), "2007-10-01")).toBe("reached");
    expect(milestoneState(phase, outcome("2007-10-02", 16), "2007-12-31")).toBe("late");
  });
});
