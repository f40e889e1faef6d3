import { type Decimal, abs, compare, decimal, isZero, multiply, subtract } from "../quantity/decimal";
import type { ChangeBound, Indicator, Target } from "./indicator";
import { isToBeDetermined } from "./undetermined";

/** Why an indicator cannot be judged: nothing was measured, the target or the baseline is still to be set. */
export type NotMeasurableReason =
  | "targetToBeDetermined"
  | "noMeasurement"
  | "baselineMissing"
  | "baselineToBeDetermined"
  | "baselineZero";

export type IndicatorVerdict =
  | { readonly verdict: "met"; readonly change?: Decimal }
  | { readonly verdict: "notMet"; readonly change?: Decimal }
  | { readonly verdict: "notMeasurable"; readonly reason: NotMeasurableReason };

const holds = (bound: ChangeBound, c: -1 | 0 | 1): boolean =>
  bound === "atLeast" ? c >= 0 : bound === "atMost" ? c <= 0 : bound === "moreThan" ? c > 0 : c < 0;

const verdictOf = (ok: boolean, change?: Decimal): IndicatorVerdict =>
  change === undefined ? { verdict: ok ? "met" : "notMet" } : { verdict: ok ? "met" : "notMet", change };

const HUNDRED = decimal(100);

const againstBaseline = (
  target: Extract<Target, { comparator: "changeFromBaseline" }>,
  indicator: Indicator,
  realised: Decimal,
): IndicatorVerdict => {
  const baseline = indicator.baseline;
  if (baseline === undefined) return { verdict: "notMeasurable", reason: "baselineMissing" };
  if (isToBeDetermined(baseline) || isToBeDetermined(baseline.value))
    return { verdict: "notMeasurable", reason: "baselineToBeDetermined" };
  const change = subtract(realised, baseline.value);
  if (target.measure === "absolute")
    return verdictOf(holds(target.bound, compare(change, target.value)), change);
  if (isZero(baseline.value)) return { verdict: "notMeasurable", reason: "baselineZero" };
  // change / |baseline| × 100 against the value, compared exactly: change × 100 against value × |baseline|.
  const c = compare(multiply(change, HUNDRED), multiply(target.value, abs(baseline.value)));
  return verdictOf(holds(target.bound, c), change);
};

/**
 * Whether a measured value meets an indicator's target. The one place this is decided: the
 * reports, the CLI and the service all ask here. Exact: values are decimals, never floats.
 */
export const evaluateIndicator = (indicator: Indicator, realised: Decimal | undefined): IndicatorVerdict => {
  const target = indicator.target;
  if (isToBeDetermined(target)) return { verdict: "notMeasurable", reason: "targetToBeDetermined" };
  if (realised === undefined) return { verdict: "notMeasurable", reason: "noMeasurement" };
  switch (target.comparator) {
    case "atLeast":
      return verdictOf(compare(realised, target.value) >= 0);
    case "atMost":
      return verdictOf(compare(realised, target.value) <= 0);
    case "moreThan":
      return verdictOf(compare(realised, target.value) > 0);
    case "lessThan":
      return verdictOf(compare(realised, target.value) < 0);
    case "between":
      return verdictOf(compare(realised, target.low) >= 0 && compare(realised, target.high) <= 0);
    case "equal":
      return verdictOf(compare(realised, target.value) === 0);
    case "changeFromBaseline":
      return againstBaseline(target, indicator, realised);
  }
};
