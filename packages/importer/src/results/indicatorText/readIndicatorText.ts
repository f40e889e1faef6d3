import { type BaselineJson, parseBaseline } from "./baseline";
import { type TargetJson, parseTarget } from "./target";

export interface IndicatorTextRead {
  /** The target read from the text, or the explicit "to be determined" carrying the text as printed. */
  readonly target: TargetJson | { readonly state: "toBeDetermined"; readonly printed: string };
  readonly baseline?: BaselineJson;
  /** True when no rule read a target: the caller notes it with file and line. */
  readonly targetToBeDetermined: boolean;
}

/**
 * An indicator as printed, read into the core's target and baseline. A change against the
 * baseline is only read when the text names one or the direction needs one; either way the
 * baseline's value stays to be determined until someone measures it.
 */
export const readIndicatorText = (text: string): IndicatorTextRead => {
  const target = parseTarget(text);
  const baseline = parseBaseline(text);
  return {
    target: target ?? { state: "toBeDetermined", printed: text },
    ...(baseline === undefined ? {} : { baseline }),
    targetToBeDetermined: target === undefined,
  };
};
