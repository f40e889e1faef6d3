import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type {
  ApproveBudgetReallocation,
  RejectBudgetReallocation,
  RequestBudgetReallocation,
} from "../../commands/funding";
import type {
  BudgetReallocationApplied,
  BudgetReallocationApproved,
  BudgetReallocationRejected,
  BudgetReallocationRequested,
} from "../../events/budgetReallocation";
import type { Budget } from "../../funding/budget";
import {
  type BudgetShift,
  type BudgetShiftInput,
  policyShiftsOf,
  resolveBudgetShifts,
} from "../../funding/budgetShift";
import type { ShiftCosting } from "../../funding/shiftCosting";
import type { FundingState, PendingBudgetReallocation } from "../../funding/state";
import type { ReallocationContext } from "../../policy/context";
import { assess, evaluateApproval } from "../../policy/evaluate";
import type { Evaluation } from "../../policy/verdict";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { admittedEffects } from "./admittedEffects";
import { notPending, requireReason, requireSigned } from "./guards";

/** What the policy engine needs of a budget: its euro matrix as last approved and as it stands. */
export const budgetContextOf = (f: FundingState): ReallocationContext => ({
  baseline: f.budgetBaseline,
  current: f.budgetCurrent,
  contractAtSigning: f.budgetBaseline,
  transfersSinceBaseline: f.budgetTransfers,
});

const withBudget = (s: AgreementState): E.Either<DomainError, [AgreementState, Budget]> =>
  s.funding.budget === undefined
    ? E.left(
        domainError("NoBudget", `agreement ${s.agreementId} has no budget: record one first`, {
          agreementId: s.agreementId,
        }),
      )
    : E.right([s, s.funding.budget]);

/**
 * A money reallocation goes through the same policy engine as hours, with the budget's own
 * policy: applied at once when allowed, waiting for approval otherwise, refused when forbidden.
 */
export const decideRequestBudgetReallocation = (
  cmd: Recorded<RequestBudgetReallocation>,
  state: AgreementState,
): E.Either<DomainError, (BudgetReallocationRequested | BudgetReallocationApplied)[]> =>
  pipe(
    requireSigned(cmd, state),
    E.flatMap(withBudget),
    E.tap(() => requireReason(cmd.data.reason, `budget reallocation ${cmd.data.requestId}`)),
    E.filterOrElse(
      ([s]) =>
        !s.funding.pendingBudgetReallocations.has(cmd.data.requestId) &&
        !s.pendingReallocations.has(cmd.data.requestId) &&
        !s.decidedRequestIds.has(cmd.data.requestId),
      (): DomainError =>
        domainError("DuplicateRequestId", `request id ${cmd.data.requestId} is already in use`, {
          requestId: cmd.data.requestId,
        }),
    ),
    E.flatMap(([s, budget]) =>
      E.flatMap(resolveBudgetShifts(budget.groups, cmd.data.shifts), ({ shifts, costing }) => {
        const { requestId, reason } = cmd.data;
        const policy = budget.policy.reallocation;
        const { evaluation, simulation } = assess(
          policy,
          budgetContextOf(s.funding),
          policyShiftsOf(shifts),
          cmd.metadata.recordedAt,
        );
        const trace = { verdicts: evaluation.verdicts, policyVersion: policy.version };
        const effects = admittedEffects(
          evaluation,
          simulation,
          trace,
          requestId,
          `budget reallocation ${requestId} is forbidden`,
        );
        if (E.isLeft(effects)) return effects;
        const metadata = eventMetadataFrom(cmd.metadata, reason);
        return E.right(
          evaluation.outcome === "allowed"
            ? [
                {
                  type: "BudgetReallocationApplied" as const,
                  schemaVersion: 2 as const,
                  data: { requestId, shifts, effects: effects.right, costing, reason, ...trace },
                  metadata,
                },
              ]
            : [
                {
                  type: "BudgetReallocationRequested" as const,
                  schemaVersion: 2 as const,
                  data: { requestId, shifts, costing, reason, ...trace },
                  metadata,
                },
              ],
        );
      }),
    ),
  );

const pendingRequest = (
  cmd: ApproveBudgetReallocation | RejectBudgetReallocation,
  state: AgreementState,
): E.Either<DomainError, [AgreementState, Budget, PendingBudgetReallocation]> =>
  E.flatMap(E.flatMap(requireSigned(cmd, state), withBudget), ([s, budget]) => {
    const request = s.funding.pendingBudgetReallocations.get(cmd.data.requestId);
    if (request === undefined) {
      return E.left(notPending(s, "budget reallocation", cmd.data.requestId));
    }
    return E.right([s, budget, request]);
  });

/** Four eyes and approver roles, then the request is judged again on the budget as it is now. */
export const decideApproveBudgetReallocation = (
  cmd: Recorded<ApproveBudgetReallocation>,
  state: AgreementState,
): E.Either<DomainError, BudgetReallocationApproved[]> =>
  pipe(
    pendingRequest(cmd, state),
    E.tap(() => requireReason(cmd.data.reason, `approving ${cmd.data.requestId}`)),
    E.flatMap(([s, budget, request]) => {
      const policy = budget.policy.reallocation;
      const approval = evaluateApproval(policy, request, cmd.metadata.actor);
      const { evaluation, simulation } = assess(
        policy,
        budgetContextOf(s.funding),
        policyShiftsOf(request.shifts),
        cmd.metadata.recordedAt,
      );
      const trace = {
        verdicts: [...evaluation.verdicts, ...approval.verdicts],
        policyVersion: policy.version,
      };
      const byRule = (rule: string) =>
        approval.verdicts.some((v) => v.rule === rule && v.outcome === "forbidden");
      if (byRule("approver-role")) {
        return E.left({
          ...domainError(
            "ApproverNotAuthorised",
            `${cmd.metadata.actor.person} acts as ${cmd.metadata.actor.role}: only the ${policy.approverRoles.join(" or the ")} decides on budget reallocations`,
            { role: cmd.metadata.actor.role },
          ),
          ...trace,
        });
      }
      if (byRule("four-eyes")) {
        return E.left({
          ...domainError(
            "FourEyesViolation",
            `${request.requestedBy.person} requested ${request.requestId} and may not also approve it`,
            {
              requestId: request.requestId,
              person: request.requestedBy.person,
              organisationId: request.requestedBy.organisationId,
            },
          ),
          ...trace,
        });
      }
      const effects = admittedEffects(
        evaluation,
        simulation,
        trace,
        request.requestId,
        `budget reallocation ${request.requestId} is forbidden now`,
      );
      if (E.isLeft(effects)) return effects;
      return E.right([
        {
          type: "BudgetReallocationApproved" as const,
          schemaVersion: 1 as const,
          data: { requestId: request.requestId, effects: effects.right, reason: cmd.data.reason, ...trace },
          metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
        },
      ]);
    }),
  );

export const decideRejectBudgetReallocation = (
  cmd: Recorded<RejectBudgetReallocation>,
  state: AgreementState,
): E.Either<DomainError, BudgetReallocationRejected[]> =>
  pipe(
    pendingRequest(cmd, state),
    E.filterOrElse(
      ([, budget]) => budget.policy.reallocation.approverRoles.includes(cmd.metadata.actor.role),
      ([, budget]): DomainError =>
        domainError(
          "ApproverNotAuthorised",
          `${cmd.metadata.actor.person} acts as ${cmd.metadata.actor.role}: only the ${budget.policy.reallocation.approverRoles.join(" or the ")} decides on budget reallocations`,
          { role: cmd.metadata.actor.role },
        ),
    ),
    E.tap(() => requireReason(cmd.data.reason, `rejecting ${cmd.data.requestId}`)),
    E.map(() => [
      {
        type: "BudgetReallocationRejected" as const,
        schemaVersion: 1 as const,
        data: { requestId: cmd.data.requestId, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

/**
 * The `controls` dry run for money: what the decider would say to these shifts now, with the
 * costing of each (euros and the hours they stand for), recording nothing.
 */
export const evaluateBudgetReallocation = (
  state: AgreementState,
  inputs: readonly BudgetShiftInput[],
  at: string,
): E.Either<DomainError, { evaluation: Evaluation; costing: ShiftCosting[] }> =>
  pipe(
    state.status === "signed"
      ? E.right(state)
      : E.left(
          domainError(
            "AgreementNotSigned",
            `agreement ${state.agreementId} is not signed by both parties yet`,
            {
              status: state.status,
            },
          ),
        ),
    E.flatMap(withBudget),
    E.flatMap(([s, budget]) =>
      E.map(({ shifts, costing }: { shifts: BudgetShift[]; costing: ShiftCosting[] }) => ({
        evaluation: assess(budget.policy.reallocation, budgetContextOf(s.funding), policyShiftsOf(shifts), at)
          .evaluation,
        costing,
      }))(resolveBudgetShifts(budget.groups, inputs)),
    ),
  );
