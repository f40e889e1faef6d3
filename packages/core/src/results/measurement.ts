import * as t from "io-ts";
import { NonNegativeInt, PositiveInt } from "../agreement/terms";
import { ReportingPeriod } from "../calendar/reportingPeriod";
import { IsoDate } from "../provenance/metadata";
import { DecimalFromString, NonNegativeDecimal } from "../quantity/quantity";
import { CategoryCount, ReachCounting } from "./framework";
import { FrameworkId, Remark } from "./text";

/**
 * A period's measurements against the framework. Aggregates only: counts, decimals and ids of
 * the framework, one bounded remark. No field can hold a name or one person's score.
 */

export const IndicatorMeasurement = t.type(
  { indicatorId: FrameworkId, value: DecimalFromString },
  "IndicatorMeasurement",
);
export type IndicatorMeasurement = t.TypeOf<typeof IndicatorMeasurement>;

export const RealisedReach = t.intersection(
  [
    t.type({ serviceId: FrameworkId, realised: NonNegativeInt, counting: ReachCounting }),
    t.partial({ categories: t.array(CategoryCount) }),
  ],
  "RealisedReach",
);
export type RealisedReach = t.TypeOf<typeof RealisedReach>;

/** The life domains of the Zelfredzaamheid-Matrix: a closed list, so no free text gets in. */
export const ZrmLifeDomain = t.keyof(
  {
    finances: null,
    workAndEducation: null,
    timeUse: null,
    housing: null,
    domesticRelations: null,
    mentalHealth: null,
    physicalHealth: null,
    addiction: null,
    basicAdl: null,
    instrumentalAdl: null,
    socialNetwork: null,
    socialParticipation: null,
    justice: null,
  },
  "ZrmLifeDomain",
);
export type ZrmLifeDomain = t.TypeOf<typeof ZrmLifeDomain>;

const ZrmScore = t.refinement(t.Int, (n) => n >= 1 && n <= 5, "ZrmScore");
export const ZrmBand = t.type({ low: ZrmScore, high: ZrmScore }, "ZrmBand");

/** How many trajectories moved from one band of ZRM levels to another (1–2 → 3–4), per life domain. */
export const ZrmTransition = t.type(
  {
    kind: t.literal("zrmTransition"),
    lifeDomain: ZrmLifeDomain,
    from: ZrmBand,
    to: ZrmBand,
    trajectories: NonNegativeInt,
  },
  "ZrmTransition",
);

/**
 * The fewest answers a KTO score may be reported over. With fewer, a mean or a distribution
 * can reveal one resident's answer (three answers from one small group: everyone knows who
 * gave the 2). 5 is the usual floor of Dutch statistics practice for small cells. The decider
 * refuses a smaller sample (`SatisfactionSampleTooSmall`); the codec does not, so that a
 * measurement recorded before the rule still decodes and replays.
 */
export const SATISFACTION_MINIMUM_N = 5;

/** A satisfaction survey (KTO) as a distribution of answers, or as a mean with the number of answers. */
export const SatisfactionDistribution = t.type(
  {
    kind: t.literal("satisfactionDistribution"),
    indicatorId: FrameworkId,
    counts: t.array(t.type({ score: DecimalFromString, count: NonNegativeInt })),
  },
  "SatisfactionDistribution",
);
export const SatisfactionMean = t.type(
  { kind: t.literal("satisfactionMean"), indicatorId: FrameworkId, mean: NonNegativeDecimal, n: PositiveInt },
  "SatisfactionMean",
);

export const EffectAggregate = t.union(
  [ZrmTransition, SatisfactionDistribution, SatisfactionMean],
  "EffectAggregate",
);
export type EffectAggregate = t.TypeOf<typeof EffectAggregate>;

/** A milestone reached on a date, with the count achieved when it has a target. */
export const MilestoneOutcome = t.intersection(
  [t.type({ milestoneId: FrameworkId, reachedOn: IsoDate }), t.partial({ achieved: NonNegativeInt })],
  "MilestoneOutcome",
);
export type MilestoneOutcome = t.TypeOf<typeof MilestoneOutcome>;

export const ResultsMeasurement = t.intersection(
  [
    t.type({
      period: ReportingPeriod,
      indicators: t.array(IndicatorMeasurement),
      reach: t.array(RealisedReach),
      effects: t.array(EffectAggregate),
      milestones: t.array(MilestoneOutcome),
    }),
    t.partial({ remark: Remark }),
  ],
  "ResultsMeasurement",
);
export type ResultsMeasurement = t.TypeOf<typeof ResultsMeasurement>;
