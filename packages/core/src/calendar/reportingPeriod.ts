import {
  addMonths,
  endOfMonth,
  formatISO,
  getMonth,
  getQuarter,
  getYear,
  isWithinInterval,
  parseISO,
} from "date-fns";
import * as t from "io-ts";
import { boundedCache } from "../codec/boundedCache";

/** A year, a half-year, a quarter or a month: `2007`, `2007-H1`, `2007-Q3`, `2007-05`. */
export type PeriodKind = "year" | "half-year" | "quarter" | "month";

interface PeriodParts {
  readonly year: number;
  readonly kind: PeriodKind;
  /** 1-based: H1/H2, Q1..Q4, month 1..12; 1 for a year. */
  readonly index: number;
}

const PATTERN = /^([1-9]\d{3})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

const partsOf = (s: string): PeriodParts | undefined => {
  const m = PATTERN.exec(s);
  if (m === null) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) return { year, kind: "half-year", index: Number(m[2]) };
  if (m[3] !== undefined) return { year, kind: "quarter", index: Number(m[3]) };
  if (m[4] !== undefined) return { year, kind: "month", index: Number(m[4]) };
  return { year, kind: "year", index: 1 };
};

const MONTHS: Record<PeriodKind, number> = { year: 12, "half-year": 6, quarter: 3, month: 1 };

export const isReportingPeriod = (u: unknown): u is string =>
  typeof u === "string" && partsOf(u) !== undefined;

/** A reporting period, kept as its text; `2007-13`, `2007-Q5` and `2007-H3` do not decode. */
export const ReportingPeriod = new t.Type<string, string, unknown>(
  "ReportingPeriod",
  isReportingPeriod,
  (u, c) =>
    isReportingPeriod(u)
      ? t.success(u)
      : t.failure(
          u,
          c,
          "expected a reporting period: a year (2007), half-year (2007-H1, 2007-H2), quarter (2007-Q1 to 2007-Q4) or month (2007-01 to 2007-12)",
        ),
  t.identity,
);
export type ReportingPeriod = t.TypeOf<typeof ReportingPeriod>;

// Calendar days carry no zone: date-fns works on local dates here, read back with local getters.
const isoDay = (d: Date): string => formatISO(d, { representation: "date" });

/** The first and last calendar day of a period: `2007-H2` → 2007-07-01 to 2007-12-31; undefined for a non-period. */
export const daysOfPeriod = (
  period: ReportingPeriod,
): { readonly first: string; readonly last: string } | undefined => {
  const p = partsOf(period);
  if (p === undefined) return undefined;
  const months = MONTHS[p.kind];
  const first = new Date(p.year, (p.index - 1) * months, 1);
  return { first: isoDay(first), last: isoDay(endOfMonth(addMonths(first, months - 1))) };
};

// Every applied reallocation asks for both periods of its day, and every evaluation with a
// threshold period for one: the same few days over and over, each parsed by date-fns.
const halfYears = boundedCache<ReportingPeriod>();
const quarters = boundedCache<ReportingPeriod>();

/** The half-year or quarter a calendar day (`YYYY-MM-DD`) lies in: `2007-H2`, `2007-Q3`. */
export const periodContaining = (kind: "half-year" | "quarter", day: string): ReportingPeriod => {
  const known = kind === "half-year" ? halfYears : quarters;
  const cached = known.get(day);
  if (cached !== undefined) return cached;
  const d = parseISO(day);
  return known.set(
    day,
    kind === "half-year" ? `${getYear(d)}-H${getMonth(d) < 6 ? 1 : 2}` : `${getYear(d)}-Q${getQuarter(d)}`,
  );
};

/** Whether every day of the period lies within `start` to `end` (calendar days, bounds included). */
export const periodLiesWithin = (period: ReportingPeriod, start: string, end: string): boolean => {
  const days = daysOfPeriod(period);
  if (days === undefined) return false;
  const { first, last } = days;
  const interval = { start: parseISO(start), end: parseISO(end) };
  return isWithinInterval(parseISO(first), interval) && isWithinInterval(parseISO(last), interval);
};
