import type { PolicyShift, ReallocationContext } from "../context";
import type { ReallocationPolicy } from "../policy";
import type { NetCellEffect, ShiftSimulation } from "../simulation";

/**
 * Everything a rule looks at. `simulation` is the one simulation of the proposed shifts on
 * the current matrix; `effects` (its net change per cell of all shifts together) is short
 * for `simulation.effects`.
 */
export interface RuleInput {
  readonly policy: ReallocationPolicy;
  readonly context: ReallocationContext;
  readonly shifts: readonly PolicyShift[];
  readonly simulation: ShiftSimulation;
  readonly effects: readonly NetCellEffect[];
  /** When the ledger recorded the request or approval: an ISO date-time (or a calendar day). */
  readonly at: string;
  /** The Amsterdam calendar day of `at`, `YYYY-MM-DD`. */
  readonly date: string;
}
