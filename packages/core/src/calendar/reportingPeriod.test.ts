import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { decodeCommand, encodeCommand } from "../commands/catalogue";
import { reportResult } from "../testing";
import { ReportingPeriod, daysOfPeriod, periodContaining, periodLiesWithin } from "./reportingPeriod";

describe("reporting periods", () => {
  it("decode a year, half-year, quarter or month", () => {
    for (const p of ["2007", "2007-H1", "2007-H2", "2007-Q1", "2007-Q4", "2007-01", "2007-12"]) {
      expect(ReportingPeriod.decode(p)).toEqual(E.right(p));
    }
  });

  it("refuse what names no period, at decoding, with the path and the value", () => {
    for (const p of [
      "2007-13",
      "2007-00",
      "2007-Q5",
      "2007-Q0",
      "2007-H3",
      "2007-H0",
      "07",
      "2007-5",
      "2007-q1",
      "",
    ]) {
      const raw = encodeCommand(reportResult("2007-H1"));
      const decoded = decodeCommand({ ...raw, type: "ReportResult", data: { ...raw.data, period: p } });
      expect(E.isLeft(decoded)).toBe(true);
      const problem = E.isLeft(decoded) ? decoded.left[0] : undefined;
      expect(problem?.path).toBe("data.period");
      expect(problem?.found).toBe(p);
      expect(problem?.message).toContain(`found ${JSON.stringify(p)}`);
      expect(problem?.message).toContain("expected a reporting period");
    }
  });

  it("know their first and last day", () => {
    expect(daysOfPeriod("2007")).toEqual({ first: "2007-01-01", last: "2007-12-31" });
    expect(daysOfPeriod("2007-H1")).toEqual({ first: "2007-01-01", last: "2007-06-30" });
    expect(daysOfPeriod("2007-H2")).toEqual({ first: "2007-07-01", last: "2007-12-31" });
    expect(daysOfPeriod("2007-Q3")).toEqual({ first: "2007-07-01", last: "2007-09-30" });
    expect(daysOfPeriod("2008-Q1")).toEqual({ first: "2008-01-01", last: "2008-03-31" });
    expect(daysOfPeriod("2008-02")).toEqual({ first: "2008-02-01", last: "2008-02-29" });
    expect(daysOfPeriod("2007-02")).toEqual({ first: "2007-02-01", last: "2007-02-28" });
    expect(daysOfPeriod("2007-13")).toBeUndefined();
  });

  it("name the half-year or quarter a day lies in", () => {
    expect(periodContaining("half-year", "2007-06-30")).toBe("2007-H1");
    expect(periodContaining("half-year", "2007-07-01")).toBe("2007-H2");
    expect(periodContaining("quarter", "2007-03-31")).toBe("2007-Q1");
    expect(periodContaining("quarter", "2007-10-01")).toBe("2007-Q4");
  });

  it("name each kind's own period of a day asked before for the other kind (the periods are kept per kind)", () => {
    for (let round = 0; round < 2; round++) {
      expect(periodContaining("half-year", "2007-08-15")).toBe("2007-H2");
      expect(periodContaining("quarter", "2007-08-15")).toBe("2007-Q3");
      expect(periodContaining("quarter", "2008-02-29")).toBe("2008-Q1");
      expect(periodContaining("half-year", "2008-02-29")).toBe("2008-H1");
    }
  });

  it("lie within an agreement period only with every day", () => {
    const [start, end] = ["2007-07-01", "2008-06-30"];
    for (const p of ["2007-H2", "2007-Q3", "2007-07", "2008-H1", "2008-Q2", "2008-06"]) {
      expect(periodLiesWithin(p, start, end)).toBe(true);
    }
    for (const p of ["2007-H1", "2007-Q2", "2007-06", "2007", "2008", "2008-H2", "2008-07"]) {
      expect(periodLiesWithin(p, start, end)).toBe(false);
    }
  });
});
