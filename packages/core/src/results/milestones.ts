import type { IsoDate } from "../provenance/metadata";
import type { Milestone } from "./framework";
import type { MilestoneOutcome } from "./measurement";

/**
 * reached: reported reached on or before its deadline (and at its target, if it has one);
 * late: reached after the deadline; missed: the deadline has passed on `asOf` and it was not
 * reached, or reached short of its target; open: not reached, deadline not yet passed or none.
 */
export type MilestoneState = "reached" | "late" | "missed" | "open";

export const milestoneState = (
  m: Milestone,
  outcome: MilestoneOutcome | undefined,
  asOf: IsoDate,
): MilestoneState => {
  if (outcome !== undefined) {
    const short = m.target !== undefined && (outcome.achieved ?? 0) < m.target.count;
    if (short) return m.deadline !== undefined && m.deadline < asOf ? "missed" : "open";
    return m.deadline !== undefined && outcome.reachedOn > m.deadline ? "late" : "reached";
  }
  return m.deadline !== undefined && m.deadline < asOf ? "missed" : "open";
};
