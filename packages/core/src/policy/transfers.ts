import { Map as PersistentMap } from "immutable";
import { calendarDayOf } from "../calendar/calendarDay";
import { type ReportingPeriod, periodContaining } from "../calendar/reportingPeriod";
import { type Decimal, ZERO, add } from "../quantity/decimal";
import type { UnitKind } from "../quantity/unitKind";
import type { PolicyShift } from "./context";
import { ThresholdPeriod } from "./policy";

/**
 * The threshold period a moment falls in (`2007-H2`, `2007-Q3`), judged by its Amsterdam
 * calendar day; undefined when transfers count over the whole agreement.
 */
export const periodOf = (period: ThresholdPeriod | undefined, at: string): ReportingPeriod | undefined =>
  period === undefined || period === "agreement" ? undefined : periodContaining(period, calendarDayOf(at));

/** Gross units per unit kind: a shift of 100 h counts 100, whichever way it goes. */
export type GrossByKind = ReadonlyMap<UnitKind, Decimal>;

/**
 * The gross transfers of the reallocations applied since the baseline was last approved, as
 * running totals: over the whole time since the baseline, and per calendar period of every
 * kind a policy can count in (`2007-H1`, `2007-Q3`). The cumulative threshold reads one
 * total instead of summing every applied reallocation again, and applying one touches only
 * the few totals its date falls in, so neither grows with the stream. The periods are those
 * of the ledger's time at which the reallocation was applied.
 */
export interface TransfersSinceBaseline {
  /** How many reallocations were applied since the baseline. */
  readonly count: number;
  readonly total: GrossByKind;
  readonly byPeriod: PersistentMap<string, GrossByKind>;
}

export const noTransfers: TransfersSinceBaseline = { count: 0, total: new Map(), byPeriod: PersistentMap() };

const COUNTED_PERIODS = Object.keys(ThresholdPeriod.keys).filter(
  (p): p is ThresholdPeriod => p !== "agreement",
);

const plus = (totals: GrossByKind | undefined, shifts: readonly PolicyShift[]): GrossByKind => {
  const next = new Map(totals);
  for (const s of shifts)
    next.set(s.quantity.kind, add(next.get(s.quantity.kind) ?? ZERO, s.quantity.amount));
  return next;
};

/** The totals after one more applied reallocation; `appliedAt` is an ISO date or date-time. */
export const withAppliedTransfer = (
  transfers: TransfersSinceBaseline,
  appliedAt: string,
  shifts: readonly PolicyShift[],
): TransfersSinceBaseline => {
  let byPeriod = transfers.byPeriod;
  for (const kind of COUNTED_PERIODS) {
    const period = periodOf(kind, appliedAt);
    if (period !== undefined) byPeriod = byPeriod.set(period, plus(byPeriod.get(period), shifts));
  }
  return { count: transfers.count + 1, total: plus(transfers.total, shifts), byPeriod };
};

/** The totals of a list of applied reallocations, in order: what a fold of them keeps. */
export const transfersOf = (
  applied: Iterable<{ readonly appliedAt: string; readonly shifts: readonly PolicyShift[] }>,
): TransfersSinceBaseline => {
  let transfers = noTransfers;
  for (const r of applied) transfers = withAppliedTransfer(transfers, r.appliedAt, r.shifts);
  return transfers;
};

/** Gross units applied in a period (`undefined`: since the baseline). */
export const transferredIn = (transfers: TransfersSinceBaseline, period: string | undefined): GrossByKind =>
  period === undefined ? transfers.total : (transfers.byPeriod.get(period) ?? new Map());
