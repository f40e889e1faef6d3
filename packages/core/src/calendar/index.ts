export { AGREEMENT_TIME_ZONE, calendarDayOf, endOfCalendarDay, fallsOnDays } from "./calendarDay";
export {
  type PeriodKind,
  ReportingPeriod,
  daysOfPeriod,
  isReportingPeriod,
  periodContaining,
  periodLiesWithin,
} from "./reportingPeriod";
