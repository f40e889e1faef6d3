import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDayOf, fallsOnDays } from "./calendarDay";

describe("the Amsterdam calendar day", () => {
  it("of a moment is the day on the clock in the Netherlands", () => {
    expect(calendarDayOf("2007-05-31T22:30:00Z")).toBe("2007-06-01"); // summer time, UTC+2
    expect(calendarDayOf("2007-05-31T21:59:59Z")).toBe("2007-05-31");
    expect(calendarDayOf("2007-12-31T23:00:00Z")).toBe("2008-01-01"); // winter time, UTC+1
    expect(calendarDayOf("2007-12-31T22:59:59Z")).toBe("2007-12-31");
    expect(calendarDayOf("2007-06-30T23:30:00+02:00")).toBe("2007-06-30");
    expect(calendarDayOf("2007-10-28T00:30:00Z")).toBe("2007-10-28"); // the night summer time ends
    expect(calendarDayOf("2007-09-15")).toBe("2007-09-15");
  });

  it("is the day Intl gives for the zone, on the nights the clocks change and at any moment", () => {
    const reference = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Amsterdam",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    const dayOf = (ms: number) => reference.format(new Date(ms));
    // Each quarter hour of the days around the 2007 and 2026 changes, in UTC and with offsets.
    for (const night of ["2007-03-25", "2007-10-28", "2026-03-29", "2026-10-25"]) {
      const midnight = Date.parse(`${night}T00:00:00Z`);
      for (let ms = midnight - 86_400_000; ms < midnight + 2 * 86_400_000; ms += 900_000) {
        expect(calendarDayOf(new Date(ms).toISOString())).toBe(dayOf(ms));
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.parse("1980-01-01"), max: Date.parse("2100-01-01") }), (ms) => {
        expect(calendarDayOf(new Date(ms).toISOString())).toBe(dayOf(ms));
      }),
    );
  });

  it("keeps only the last moment's day: asking again, or for another moment in between, gives each its own day", () => {
    const moments = ["2007-05-31T22:30:00Z", "2007-05-31T21:59:59Z", "2007-12-31T23:00:00Z"];
    const days = ["2007-06-01", "2007-05-31", "2008-01-01"];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 30 }), (order) => {
        for (const i of order) expect(calendarDayOf(moments[i]!)).toBe(days[i]);
      }),
    );
    expect(calendarDayOf("2007-09-15")).toBe("2007-09-15");
    expect(calendarDayOf(moments[0]!)).toBe(days[0]);
  });

  it("decides whether a moment falls on a run of days, bounds included", () => {
    const inJune = (at: string) => fallsOnDays(at, "2007-06-01", "2007-06-30");
    expect(inJune("2007-05-31T22:00:00Z")).toBe(true); // 1 June, 00:00 in Amsterdam
    expect(inJune("2007-05-31T21:59:59.999Z")).toBe(false);
    expect(inJune("2007-06-30T21:59:59.999Z")).toBe(true); // 30 June, 23:59:59.999
    expect(inJune("2007-06-30T22:00:00Z")).toBe(false);
    expect(inJune("2007-06-15")).toBe(true);
    expect(inJune("2007-07-01")).toBe(false);
  });
});
