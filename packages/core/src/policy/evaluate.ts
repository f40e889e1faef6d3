import { calendarDayOf } from "../calendar/calendarDay";
import type { Actor } from "../provenance/metadata";
import { type PendingForApproval, type PolicyShift, type ReallocationContext, shiftEffects } from "./context";
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

/**
 * Evaluates proposed shifts, taken together, against a policy: one verdict per rule, each
 * explaining itself with the numbers it used. Pure: `at` is the moment the ledger recorded
 * the request or approval (`recordedAt`, never the client's `occurredAt`); where a rule
 * speaks of a day it is the Amsterdam calendar day of `at`. A calendar day (`YYYY-MM-DD`)
 * may be given for a dry run.
 * Four eyes is judged when someone approves: see `evaluateApproval`.
 */
export const evaluate = (
  policy: ReallocationPolicy,
  context: ReallocationContext,
  proposedShifts: readonly PolicyShift[],
  at: string,
): Evaluation => {
  const input: RuleInput = {
    policy,
    context,
    shifts: proposedShifts,
    effects: shiftEffects(context.current, proposedShifts),
    at,
    date: calendarDayOf(at),
  };
  return evaluationOf(RULES.map((rule) => rule(input)));
};

/** Rule 7: who may approve a pending request. Re-evaluating the shifts is the caller's other half. */
export const evaluateApproval = (
  policy: ReallocationPolicy,
  pending: PendingForApproval,
  approver: Actor,
): Evaluation => evaluationOf([fourEyes(pending, approver), approverRole(policy, approver)]);
