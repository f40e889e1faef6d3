import {
  type FrameworkResult,
  type Indicator,
  type IndicatorVerdict,
  type Milestone,
  ReachCategory,
  ResultsFramework,
  ResultsMeasurement,
  daysOfPeriod,
  evaluateIndicator,
  isToBeDetermined,
  milestoneState,
  toDecimalString,
} from "@grant-ledger/core";
import type { Row, RowSource } from "../rows/rows";
import { FRAMEWORK, MEASUREMENT } from "./realisation";

const decoded = <A>(codec: { decode: (u: unknown) => { _tag: string; right?: A } }, u: unknown): A => {
  const r = codec.decode(u);
  if (r._tag === "Left") throw new Error("not a results framework row in a view row");
  return r.right as A;
};

type Tally = { met: number; notMet: number; notMeasurable: number };
const tally = (verdicts: readonly IndicatorVerdict[]): Tally => ({
  met: verdicts.filter((v) => v.verdict === "met").length,
  notMet: verdicts.filter((v) => v.verdict === "notMet").length,
  notMeasurable: verdicts.filter((v) => v.verdict === "notMeasurable").length,
});

const tbdOr = <T, O>(v: T, f: (x: Exclude<T, { state: "toBeDetermined" }>) => O) =>
  isToBeDetermined(v)
    ? { toBeDetermined: true as const, ...(v.printed === undefined ? {} : { printed: v.printed }) }
    : f(v as Exclude<T, { state: "toBeDetermined" }>);

const indicatorJson = (i: Indicator, value: string | null, v: IndicatorVerdict) => ({
  indicatorId: i.id,
  kind: i.kind,
  text: i.text,
  unit: i.unit ?? null,
  baseline:
    i.baseline === undefined
      ? null
      : tbdOr(i.baseline, (b) => ({
          value: isToBeDetermined(b.value) ? null : toDecimalString(b.value),
          at: "date" in b.at ? b.at.date : String(b.at.year),
        })),
  target: tbdOr(i.target, (t) => targetJson(t)),
  realised: value,
  verdict: v.verdict,
  reason: v.verdict === "notMeasurable" ? v.reason : null,
  change: v.verdict !== "notMeasurable" && v.change !== undefined ? toDecimalString(v.change) : null,
  source: i.source ?? null,
  frequency: i.frequency ?? null,
});

// The target as plain JSON (decimals as strings): the reports spell it per language.
const targetJson = (t: Exclude<Indicator["target"], { state: "toBeDetermined" }>) =>
  Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, typeof v === "string" ? v : toDecimalString(v as never)]),
  ) as Record<string, string>;

const milestoneJson = (
  m: Milestone,
  outcome: ResultsMeasurement["milestones"][number] | undefined,
  asOf: string,
) => ({
  milestoneId: m.id,
  kind: m.kind,
  title: m.title,
  deadline: m.deadline ?? null,
  reportedBy: m.reportedBy ?? null,
  target: m.target ?? null,
  reachedOn: outcome?.reachedOn ?? null,
  achieved: outcome?.achieved ?? null,
  state: milestoneState(m, outcome, asOf),
});

type Counts = readonly { readonly category: ReachCategory; readonly count: number }[] | undefined;

/**
 * Planned and realised reach per category (residents, volunteers, chain partners), for every
 * category either side names, in the codec's order; `null` where that side gives none.
 */
const categoriesOf = (planned: Counts, realised: Counts) => {
  const of = (list: Counts, c: ReachCategory) => list?.find((x) => x.category === c)?.count ?? null;
  return (Object.keys(ReachCategory.keys) as ReachCategory[]).flatMap((category) => {
    const [p, r] = [of(planned, category), of(realised, category)];
    return p === null && r === null ? [] : [{ category, planned: p, realised: r }];
  });
};

/**
 * The results framework per period: each indicator with its baseline, target, realised value
 * and verdict (core's `evaluateIndicator`, the one place it is decided), planned versus
 * realised reach (unique and not, and per category where the framework or the measurement splits it), the effect aggregates, the milestones with their state as
 * of the period's last day (a missed one shows; one reached in an earlier period stays reached), and verdicts rolled up from results to
 * effects to global goals. Undefined when no framework was recorded.
 */
export const frameworkRealisationOf = (source: RowSource, agreementId: string) => {
  const row = source.get(agreementId, FRAMEWORK, "");
  if (row === undefined) return undefined;
  const f = decoded<ResultsFramework>(ResultsFramework, row);
  const byPeriod = new Map<string, Row[]>();
  for (const [, r] of source.list(agreementId, MEASUREMENT)) {
    const list = byPeriod.get(r.period as string) ?? [];
    list.push(r);
    byPeriod.set(r.period as string, list);
  }
  // A result rolls up to every effect its row names, the first and the others alike.
  const resultsOf = (effectId: string): FrameworkResult[] =>
    f.results.filter((r) => r.effectId === effectId || (r.alsoEffectIds ?? []).includes(effectId));
  // A milestone reached in one period stays reached in the periods after it: a later report
  // need not repeat it, and without this it would read as missed once its deadline passed.
  const reachedSoFar = new Map<string, ResultsMeasurement["milestones"][number]>();
  const periods = [...byPeriod.keys()].sort().map((period) => {
    const reports = byPeriod.get(period) as Row[];
    const latest = reports.at(-1) as Row;
    const m = decoded<ResultsMeasurement>(ResultsMeasurement, latest.measurement);
    const asOf = daysOfPeriod(period)?.last ?? period;
    const values = new Map(m.indicators.map((x) => [x.indicatorId, x.value]));
    const verdicts = new Map(f.indicators.map((i) => [i.id, evaluateIndicator(i, values.get(i.id))]));
    const verdictsOf = (ids: readonly string[] | undefined) =>
      (ids ?? []).flatMap((id) => verdicts.get(id) ?? []);
    const effects = f.effects.map((e) => {
      const results = resultsOf(e.id).map((r) => ({ resultId: r.id, ...tally(verdictsOf(r.indicatorIds)) }));
      // An indicator named by the effect and by one of its results counts once.
      const ids = new Set([
        ...(e.indicatorIds ?? []),
        ...resultsOf(e.id).flatMap((r) => r.indicatorIds ?? []),
      ]);
      const all = verdictsOf([...ids]);
      return {
        effectId: e.id,
        title: e.title,
        priority: e.priority ?? null,
        globalGoalIds: e.globalGoalIds ?? [],
        results,
        ...tally(all),
      };
    });
    const goals = f.globalGoals.map((g) => {
      const under = effects.filter((e) => e.globalGoalIds.includes(g.id));
      const sum = (k: keyof Tally) => under.reduce((a, e) => a + e[k], 0);
      return {
        globalGoalId: g.id,
        sdg: g.sdg ?? null,
        title: g.title,
        met: sum("met"),
        notMet: sum("notMet"),
        notMeasurable: sum("notMeasurable"),
      };
    });
    const reached = new Map(m.reach.map((r) => [r.serviceId, r]));
    for (const o of m.milestones) reachedSoFar.set(o.milestoneId, o);
    const outcomes = new Map(reachedSoFar);
    return {
      period,
      reportId: latest.reportId as string,
      recordedAt: latest.recordedAt as string,
      corrections: reports.length - 1,
      remark: m.remark ?? null,
      indicators: f.indicators.map((i) =>
        indicatorJson(
          i,
          values.has(i.id) ? toDecimalString(values.get(i.id) as never) : null,
          verdicts.get(i.id) as IndicatorVerdict,
        ),
      ),
      reach: f.services.map((s) => ({
        serviceId: s.id,
        service: s.service,
        opgave: s.opgave ?? null,
        forAllOpgaves: s.forAllOpgaves ?? false,
        counting: s.counting,
        planned: isToBeDetermined(s.planned) ? null : (s.planned as number),
        realised: reached.get(s.id)?.realised ?? null,
        categories: categoriesOf(s.categories, reached.get(s.id)?.categories),
      })),
      effectAggregates: ResultsMeasurement.encode(m).effects,
      milestones: f.milestones.map((x) => milestoneJson(x, outcomes.get(x.id), asOf)),
      effects,
      goals,
    };
  });
  return { periods };
};

export type FrameworkRealisation = NonNullable<ReturnType<typeof frameworkRealisationOf>>;
