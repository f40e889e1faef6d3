import {
  type Decimal,
  type Granularity,
  type Matrix,
  type MatrixEntry,
  type Position,
  PositionCodec,
  ZERO,
  abs,
  add,
  atGranularity,
  compare,
  comparePercent,
  decimal,
  granularityOf,
  isNegative,
  isZero,
  parseDecimal,
  positionKey,
  rollUp,
  rollupKey,
  subtract,
  toDecimalString,
} from "@grant-ledger/core";
import { matrixOfRows } from "../offerVersusContract/matrixRows";
import { positionJson, quantityFrom } from "../rows/encoding";
import type { Row, RowSource } from "../rows/rows";
import { frameworkRealisationOf } from "./framework";
import { AGREEMENT, EXPECTED, PLAN, REPORT } from "./realisation";
import { unfundedOf } from "./unfunded";

/**
 * Which direction is favourable, written down once: realised units at or above the plan, and
 * reach at or above the target, are V (voordelig: the municipality received at least what it
 * funded); below is N (nadelig). A variance of zero is V.
 */
export const FAVOURABLE_RULE =
  "V (favourable) when realised ≥ planned or reached ≥ target; N (unfavourable) when below";
export type Mark = "V" | "N";
export const markOf = (variance: Decimal): Mark => (isNegative(variance) ? "N" : "V");

export interface ExplanationThreshold {
  /** An explanation is required when |variance| is more than this percentage of the plan (or target). */
  readonly percent?: string;
  /** ... or when |variance| is more than this many units. */
  readonly absolute?: string;
}

const DEFAULT_THRESHOLD: ExplanationThreshold = { percent: "10" };

const parse = (text: string | undefined, what: string): Decimal | undefined => {
  if (text === undefined) return undefined;
  const d = parseDecimal(text);
  if (d === undefined || isNegative(d)) throw new RangeError(`not a ${what}: ${JSON.stringify(text)}`);
  return d;
};

/** Judged exactly: |variance| × 100 against percent × planned, and |variance| against the absolute limit. */
const needsExplanation = (
  variance: Decimal,
  planned: Decimal,
  percent?: Decimal,
  absolute?: Decimal,
): boolean => {
  const size = abs(variance);
  const byPercent =
    percent !== undefined && (isZero(planned) ? !isZero(size) : comparePercent(size, planned, percent) > 0);
  const byAbsolute = absolute !== undefined && compare(size, absolute) > 0;
  return byPercent || byAbsolute;
};

interface Judged {
  readonly variance: string | null;
  readonly mark: Mark | null;
  readonly explanationRequired: boolean;
  readonly explanationMissing: boolean;
}

const judge = (
  planned: Decimal | undefined,
  realised: Decimal,
  explanation: string | null,
  t: { percent?: Decimal; absolute?: Decimal },
): Judged => {
  if (planned === undefined)
    return { variance: null, mark: null, explanationRequired: false, explanationMissing: false };
  const variance = subtract(realised, planned);
  const required = needsExplanation(variance, planned, t.percent, t.absolute);
  return {
    variance: toDecimalString(variance),
    mark: markOf(variance),
    explanationRequired: required,
    explanationMissing: required && (explanation === null || explanation.trim() === ""),
  };
};

interface Realised {
  readonly position: Position;
  readonly kind: string;
  readonly amount: Decimal;
}
const realisedOf = (report: Row): Realised[] =>
  ((report.realised ?? []) as Row[]).map((r) => {
    const p = PositionCodec.decode(r.position);
    const q = quantityFrom(r.quantity);
    if (p._tag === "Left" || q === undefined) throw new Error("not a realised entry in a view row");
    return { position: p.right, kind: q.kind, amount: q.amount };
  });

const reachOf = (report: Row) => (report.reach ?? []) as { expectedResultId: string; reached: number }[];

/** The plan rolled up to each granularity once, looked up by position and unit kind. */
const planLookup = (plan: Matrix) => {
  const rolled = new Map<Granularity, Map<string, MatrixEntry>>();
  return (p: Position, kind: string): Decimal | undefined => {
    const g = granularityOf(p);
    let at = rolled.get(g);
    if (at === undefined) {
      at = rollUp(plan, g);
      rolled.set(g, at);
    }
    return at.get(rollupKey(atGranularity(p, g), kind as never))?.quantity.amount;
  };
};

const reportHead = (r: Row) => ({
  revision: r.revision as number,
  reportedBy: r.reportedBy,
  occurredAt: r.occurredAt as string,
  recordedAt: r.recordedAt as string,
  remarks: (r.remarks ?? null) as string | null,
});

/**
 * Planned versus realised per position and period: the latest report of each period, with
 * the reports it corrected and, per line, the value it replaced; reach versus target per
 * expected result; variance marked V/N by `FAVOURABLE_RULE`; an explanation (the report's
 * remarks) flagged as missing when a variance passes the threshold. The plan is the contract
 * as it stands for the agreement's whole period: a half-year's report is compared with it
 * unprorated (shares such as 1/12 are no exact decimals). Undefined for an unknown agreement.
 */
export const realisationOf = (
  source: RowSource,
  agreementId: string,
  threshold: ExplanationThreshold = DEFAULT_THRESHOLD,
) => {
  if (source.get(agreementId, AGREEMENT, "") === undefined) return undefined;
  const limits = {
    percent: parse(threshold.percent, "percentage"),
    absolute: parse(threshold.absolute, "number of units"),
  };
  const planned = planLookup(matrixOfRows(source.list(agreementId, PLAN)));
  const expected = new Map(source.list(agreementId, EXPECTED));
  const byPeriod = new Map<string, Row[]>();
  for (const [, report] of source.list(agreementId, REPORT)) {
    const list = byPeriod.get(report.period as string) ?? [];
    list.push(report);
    byPeriod.set(report.period as string, list);
  }
  const periods = [...byPeriod.keys()].sort().map((period) => {
    const reports = byPeriod.get(period) as Row[]; // in revision order: keys are period|revision
    const latest = reports.at(-1) as Row;
    const previous = reports.length > 1 ? reports.at(-2) : undefined;
    const remarks = (latest.remarks ?? null) as string | null;
    const replacedUnits = new Map(
      (previous === undefined ? [] : realisedOf(previous)).map((r) => [
        rollupKey(r.position, r.kind as never),
        r.amount,
      ]),
    );
    const replacedReach = new Map(
      (previous === undefined ? [] : reachOf(previous)).map((r) => [r.expectedResultId, r.reached]),
    );
    const lines = realisedOf(latest).map((r) => {
      const plan = planned(r.position, r.kind);
      const was = replacedUnits.get(rollupKey(r.position, r.kind as never));
      return {
        position: positionJson(r.position),
        level: granularityOf(r.position),
        kind: r.kind,
        planned: plan === undefined ? null : toDecimalString(plan),
        realised: toDecimalString(r.amount),
        replaced: was === undefined ? null : toDecimalString(was),
        ...judge(plan, r.amount, remarks, limits),
      };
    });
    const reach = reachOf(latest).map((r) => {
      const result = expected.get(r.expectedResultId);
      const target = typeof result?.targetReach === "number" ? decimal(result.targetReach) : undefined;
      const was = replacedReach.get(r.expectedResultId);
      return {
        expectedResultId: r.expectedResultId,
        activity: (result?.activity ?? null) as string | null,
        target: target === undefined ? null : toDecimalString(target),
        reached: r.reached,
        replaced: was ?? null,
        ...judge(target, decimal(r.reached), remarks, limits),
      };
    });
    return {
      period,
      report: reportHead(latest),
      corrections: reports.slice(0, -1).map(reportHead),
      lines,
      reach,
    };
  });
  return {
    agreementId,
    rule: FAVOURABLE_RULE,
    threshold: { percent: threshold.percent ?? null, absolute: threshold.absolute ?? null },
    periods,
    /** Positions results name that the plan does not fund: notes, not refusals (issue 16). */
    unfunded: unfundedOf(source, agreementId),
    /** The results framework per period (indicators, reach, effect aggregates, milestones); null without one. */
    framework: frameworkRealisationOf(source, agreementId) ?? null,
  };
};

export type Realisation = NonNullable<ReturnType<typeof realisationOf>>;

/**
 * The latest report of each period (of one period, when given), in period order: one page
 * of a single row per period, read backwards from the last key, so that the corrections it
 * replaced are never read. Keys are `period|revision` (a period holds no `|`): the greatest key
 * below `period|` is the latest report of the period before.
 */
const latestReports = (source: RowSource, agreementId: string, period?: string): Row[] => {
  const latest: Row[] = [];
  let before: string | undefined;
  for (;;) {
    const [last] = source.list(agreementId, REPORT, {
      ...(before === undefined ? {} : { before }),
      limit: 1,
    });
    if (last === undefined) return latest.reverse();
    const [key, report] = last;
    const itsPeriod = key.slice(0, key.lastIndexOf("|"));
    if (period === undefined || itsPeriod === period) latest.push(report);
    before = `${itsPeriod}|`;
  }
};

/**
 * What was realised per cell (result area, work type and district all known) by the latest
 * report of each period, summed over the periods (or of one period, when given), by position
 * key: the figures `realisationOf` lists as its cell lines, without the plan, the judgements
 * and the corrections. Undefined for an unknown agreement.
 */
export const realisedPerCellOf = (
  source: RowSource,
  agreementId: string,
  period?: string,
): Map<string, Decimal> | undefined => {
  if (source.get(agreementId, AGREEMENT, "") === undefined) return undefined;
  const realised = new Map<string, Decimal>();
  for (const report of latestReports(source, agreementId, period))
    for (const r of realisedOf(report)) {
      if (granularityOf(r.position) !== "cell") continue;
      const key = positionKey(r.position);
      realised.set(key, add(realised.get(key) ?? ZERO, r.amount));
    }
  return realised;
};

/** The plan realisation is judged against (the contract as it stands, reallocations applied), per position. */
export const planMatrixOf = (source: RowSource, agreementId: string): Matrix =>
  matrixOfRows(source.list(agreementId, PLAN));
