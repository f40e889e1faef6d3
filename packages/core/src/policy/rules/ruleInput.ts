import type { NetCellEffect, PolicyShift, ReallocationContext } from "../context";
import type { ReallocationPolicy } from "../policy";

/** Everything a rule looks at; `effects` is the net change per cell of all proposed shifts together. */
export interface RuleInput {
  readonly policy: ReallocationPolicy;
  readonly context: ReallocationContext;
  readonly shifts: readonly PolicyShift[];
  readonly effects: readonly NetCellEffect[];
  /** Calendar date of the evaluation, `YYYY-MM-DD`. */
  readonly date: string;
}
