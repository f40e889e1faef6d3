export { type BaselineJson, baselineYear, parseBaseline } from "./baseline";
export { type IndicatorTextRead, readIndicatorText } from "./readIndicatorText";
export { type TargetJson, parseTarget } from "./target";
