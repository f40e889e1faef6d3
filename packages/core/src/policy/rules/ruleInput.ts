import type { NetCellEffect, PolicyShift, ReallocationContext } from "../context";
import type { ReallocationPolicy } from "../policy";

/** Everything a rule looks at; `effects` is the net change per cell of all proposed shifts together. */
export interface RuleInput {
  readonly policy: ReallocationPolicy;
  readonly context: ReallocationContext;
  readonly shifts: readonly PolicyShift[];
  readonly effects: readonly NetCellEffect[];
  /** When the ledger recorded the request or approval: an ISO date-time (or a calendar day). */
  readonly at: string;
  /** The Amsterdam calendar day of `at`, `YYYY-MM-DD`. */
  readonly date: string;
}
