import { tz, tzOffset } from "@date-fns/tz";
import { endOfDay, isWithinInterval, parseISO, startOfDay } from "date-fns";
import { boundedCache } from "../codec/boundedCache";

/**
 * Where a rule speaks of a day (a freeze window, a threshold period) it means the calendar
 * day in the Netherlands: 2007-05-31T22:30:00Z is 1 June 2007 in Emmen.
 */
export const AGREEMENT_TIME_ZONE = "Europe/Amsterdam";
const inAmsterdam = tz(AGREEMENT_TIME_ZONE);
const MINUTE = 60_000;

/**
 * The instant an `IsoDateTime` names, in milliseconds. The codec has already checked the
 * shape, for which `Date.parse` is exact; it runs once per reallocation in a threshold period.
 */
const instantOf = (at: string): number => Date.parse(at);

// A zone's rules are looked up through Intl, which is slow: the days of windows and periods
// repeat on every decision, so their bounds are kept.
const starts = boundedCache<number>();
const ends = boundedCache<number>();

/** A calendar day (`2007-07-01`) as the instant it starts in Amsterdam (ms). */
export const startOfCalendarDay = (day: string): number =>
  starts.get(day) ?? starts.set(day, startOfDay(parseISO(day, { in: inAmsterdam })).getTime());

/** A calendar day (`2007-07-01`) as the last instant of it in Amsterdam (ms). */
export const endOfCalendarDay = (day: string): number =>
  ends.get(day) ?? ends.set(day, endOfDay(parseISO(day, { in: inAmsterdam })).getTime());

let lastMoment: string | undefined;
let lastDay = "";

/**
 * The Amsterdam calendar day (`YYYY-MM-DD`) of a moment: an ISO date-time with its zone, or a
 * calendar day, which is its own day.
 */
export const calendarDayOf = (at: string): string => {
  if (at.length === 10) return at;
  // One decision asks for the day of its `recordedAt` several times (the evaluation, the
  // threshold period, evolving each event): the last answer is kept.
  if (at === lastMoment) return lastDay;
  const ms = instantOf(at);
  const wallClock = new Date(ms + offsetAt(ms) * MINUTE);
  const day = wallClock.toISOString().slice(0, 10);
  lastMoment = at;
  lastDay = day;
  return day;
};

const DAY = 86_400_000;
const zoneOffset = (ms: number): number => tzOffset(AGREEMENT_TIME_ZONE, new Date(ms));
// Per UTC day, the zone's offset when it is the same at the day's first and last
// millisecond (every day but the two a year the clocks change, which are asked each time).
const offsetsByUtcDay = new Map<number, number | undefined>();

/** The zone's offset (minutes) at an instant: Intl is slow, and every decision asks. */
const offsetAt = (ms: number): number => {
  const day = Math.floor(ms / DAY);
  let offset = offsetsByUtcDay.get(day);
  if (offset === undefined && !offsetsByUtcDay.has(day)) {
    const first = zoneOffset(day * DAY);
    offset = first === zoneOffset(day * DAY + DAY - 1) ? first : undefined;
    if (offsetsByUtcDay.size >= 4096) offsetsByUtcDay.clear();
    offsetsByUtcDay.set(day, offset);
  }
  return offset ?? zoneOffset(ms);
};

/** Whether a moment (ISO date-time, or a calendar day) falls on the days `from` to `to`, bounds included. */
export const fallsOnDays = (at: string, from: string, to: string): boolean =>
  isWithinInterval(at.length === 10 ? startOfCalendarDay(at) : instantOf(at), {
    start: startOfCalendarDay(from),
    end: endOfCalendarDay(to),
  });
