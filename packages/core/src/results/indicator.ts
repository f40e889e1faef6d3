import * as t from "io-ts";
import { PositiveInt } from "../agreement/terms";
import { IsoDate } from "../provenance/metadata";
import { DecimalFromString } from "../quantity/quantity";
import { DocumentText, FrameworkId } from "./text";
import { orToBeDetermined } from "./undetermined";

/** Output counts what was delivered (meetings, participants); outcome what changed for residents. */
export const IndicatorKind = t.keyof({ output: null, outcome: null }, "IndicatorKind");
export type IndicatorKind = t.TypeOf<typeof IndicatorKind>;

/** "per peildatum 1 jan 2013" is a date; "peiljaar 2012" a year. */
export const ReferenceMoment = t.union(
  [t.type({ date: IsoDate }), t.type({ year: PositiveInt })],
  "ReferenceMoment",
);
export type ReferenceMoment = t.TypeOf<typeof ReferenceMoment>;

/** The value an indicator had at a reference moment; the value may itself be unknown yet. */
export const Baseline = t.type(
  { value: orToBeDetermined(DecimalFromString, "BaselineValue"), at: ReferenceMoment },
  "Baseline",
);
export type Baseline = t.TypeOf<typeof Baseline>;

/** How a change against the baseline is measured: in the indicator's unit, or in percent of the baseline. */
export const ChangeMeasure = t.keyof({ absolute: null, percent: null }, "ChangeMeasure");
export type ChangeMeasure = t.TypeOf<typeof ChangeMeasure>;

/** The bound a change must respect; strict bounds for "neemt af" (falls: change below 0). */
export const ChangeBound = t.keyof(
  { atLeast: null, atMost: null, moreThan: null, lessThan: null },
  "ChangeBound",
);
export type ChangeBound = t.TypeOf<typeof ChangeBound>;

/**
 * What the parties agreed the indicator should reach:
 * - "minimaal een 7": atLeast 7; "niet boven 150 per jaar", "daalt naar 30%": atMost;
 * - "meer dan 300": moreThan; "minder dan 5": lessThan (strict: the documents say so, and
 *   rounding a decimal bound to a neighbour would invent a number);
 * - between low and high (inclusive); equal;
 * - "t.a.v. 2005 toegenomen met 100 %": changeFromBaseline percent atLeast 100;
 *   "neemt niet toe": absolute atMost 0; "neemt af": absolute lessThan 0.
 */
export const Target = t.union(
  [
    t.type({ comparator: t.literal("atLeast"), value: DecimalFromString }),
    t.type({ comparator: t.literal("atMost"), value: DecimalFromString }),
    t.type({ comparator: t.literal("moreThan"), value: DecimalFromString }),
    t.type({ comparator: t.literal("lessThan"), value: DecimalFromString }),
    t.type({ comparator: t.literal("between"), low: DecimalFromString, high: DecimalFromString }),
    t.type({ comparator: t.literal("equal"), value: DecimalFromString }),
    t.type({
      comparator: t.literal("changeFromBaseline"),
      measure: ChangeMeasure,
      bound: ChangeBound,
      value: DecimalFromString,
    }),
  ],
  "Target",
);
export type Target = t.TypeOf<typeof Target>;
export type Comparator = Target["comparator"];

export const Indicator = t.intersection(
  [
    t.type({
      id: FrameworkId,
      kind: IndicatorKind,
      /** As printed: the indicator's wording in the document. */
      text: DocumentText,
      target: orToBeDetermined(Target, "IndicatorTarget"),
    }),
    t.partial({
      unit: DocumentText,
      baseline: orToBeDetermined(Baseline, "IndicatorBaseline"),
      source: DocumentText,
      frequency: DocumentText,
    }),
  ],
  "Indicator",
);
export type Indicator = t.TypeOf<typeof Indicator>;
