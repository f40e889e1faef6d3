import { calendarDayOf } from "../calendar/calendarDay";
import type { Actor } from "../provenance/metadata";
import type { PendingForApproval, PolicyShift, ReallocationContext } from "./context";
import type { ReallocationPolicy } from "./policy";
import { acrossResultAreas } from "./rules/acrossResultAreas";
import { cellLimits } from "./rules/cellLimits";
import { conservation } from "./rules/conservation";
import { cumulativeThreshold } from "./rules/cumulativeThreshold";
import { approverRole, fourEyes } from "./rules/fourEyes";
import { freezeWindow } from "./rules/freezeWindow";
import { protectedCells } from "./rules/protectedCells";
import type { RuleInput } from "./rules/ruleInput";
import { scope } from "./rules/scope";
import { type ShiftSimulation, simulateShifts } from "./simulation";
import { type Evaluation, evaluationOf } from "./verdict";

const RULES: readonly ((input: RuleInput) => ReturnType<typeof conservation>)[] = [
  conservation,
  cumulativeThreshold,
  cellLimits,
  protectedCells,
  acrossResultAreas,
  scope,
  freezeWindow,
];

/** A policy's evaluation of proposed shifts, with the one simulation of them it judged. */
export interface Assessment {
  readonly evaluation: Evaluation;
  readonly simulation: ShiftSimulation;
}

/**
 * Evaluates proposed shifts, taken together, against a policy: one verdict per rule, each
 * explaining itself with the numbers it used. Pure: `at` is the moment the ledger recorded
 * the request or approval (`recordedAt`, never the client's `occurredAt`); where a rule
 * speaks of a day it is the Amsterdam calendar day of `at`. A calendar day (`YYYY-MM-DD`)
 * may be given for a dry run. The shifts are simulated once; the decider takes their effects
 * (or the invariant they break) from the same simulation. Four eyes is judged when someone
 * approves: see `evaluateApproval`.
 */
export const assess = (
  policy: ReallocationPolicy,
  context: ReallocationContext,
  proposedShifts: readonly PolicyShift[],
  at: string,
): Assessment => {
  const simulation = simulateShifts(context.current, proposedShifts);
  const input: RuleInput = {
    policy,
    context,
    shifts: proposedShifts,
    simulation,
    effects: simulation.effects,
    at,
    date: calendarDayOf(at),
  };
  return { evaluation: evaluationOf(RULES.map((rule) => rule(input))), simulation };
};

/** `assess` without the simulation: the verdicts alone. */
export const evaluate = (
  policy: ReallocationPolicy,
  context: ReallocationContext,
  proposedShifts: readonly PolicyShift[],
  at: string,
): Evaluation => assess(policy, context, proposedShifts, at).evaluation;

/** Rule 7: who may approve a pending request. Re-evaluating the shifts is the caller's other half. */
export const evaluateApproval = (
  policy: ReallocationPolicy,
  pending: PendingForApproval,
  approver: Actor,
): Evaluation => evaluationOf([fourEyes(pending, approver), approverRole(policy, approver)]);
