import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { ApproveReallocation, RejectReallocation } from "../../commands/reallocation";
import type { ReallocationApproved, ReallocationRejected } from "../../events/reallocation";
import { assess, evaluateApproval } from "../../policy/evaluate";
import type { PolicyRule } from "../../policy/verdict";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { reallocationContextOf } from "../reallocationPolicy";
import type { AgreementState, PendingReallocation } from "../state";
import { admittedEffects } from "./admittedEffects";
import { notPending, requireReason, requireSigned } from "./guards";

const pendingRequest = (
  cmd: ApproveReallocation | RejectReallocation,
  state: AgreementState,
): E.Either<DomainError, [AgreementState, PendingReallocation]> => {
  const signed = requireSigned(cmd, state);
  if (E.isLeft(signed)) return signed;
  const s = signed.right;
  const request = s.pendingReallocations.get(cmd.data.requestId);
  if (request === undefined) {
    return E.left(notPending(s, "reallocation request", cmd.data.requestId));
  }
  return E.right([s, request]);
};

const notAnApprover = (s: AgreementState, cmd: ApproveReallocation | RejectReallocation) => {
  const actor = cmd.metadata.actor;
  const roles = s.policy.approverRoles;
  return domainError(
    "ApproverNotAuthorised",
    `${actor.person} acts as ${actor.role}: only the ${roles.join(" or the ")} decides on reallocations`,
    { role: actor.role },
  );
};

type ApprovalRefusal = (
  s: AgreementState,
  cmd: ApproveReallocation,
  request: PendingReallocation,
) => DomainError;

/**
 * The error each approval rule refuses with when it forbids, in order of precedence (the
 * first forbidding rule of this list decides the error). Keyed by the typed rule, so a rule
 * renamed in the policy fails to compile here instead of silently never matching.
 */
const APPROVAL_REFUSALS: readonly (readonly [PolicyRule, ApprovalRefusal])[] = [
  ["approver-role", (s, cmd) => notAnApprover(s, cmd)],
  [
    "four-eyes",
    (_s, _cmd, request) =>
      domainError(
        "FourEyesViolation",
        `${request.requestedBy.person} requested ${request.requestId} and may not also approve it`,
        {
          requestId: request.requestId,
          person: request.requestedBy.person,
          organisationId: request.requestedBy.organisationId,
        },
      ),
  ],
];

/**
 * A justification, four eyes and the approver roles of the policy (every approval step
 * records why, as rejections do), then the request is evaluated again
 * against the agreement as it is now (other reallocations may have been applied since it
 * was made) and applied unless that forbids it. The event keeps every verdict.
 */
export const decideApproveReallocation = (
  cmd: Recorded<ApproveReallocation>,
  state: AgreementState,
): E.Either<DomainError, ReallocationApproved[]> => {
  // Checks in order, each a value; written out rather than piped, as every approval takes this path.
  const pending = pendingRequest(cmd, state);
  if (E.isLeft(pending)) return pending;
  const [s, request] = pending.right;
  const reasoned = requireReason(cmd.data.reason, `approving ${cmd.data.requestId}`);
  if (E.isLeft(reasoned)) return reasoned;
  const approval = evaluateApproval(s.policy, request, cmd.metadata.actor);
  const { evaluation, simulation } = assess(
    s.policy,
    reallocationContextOf(s),
    request.shifts,
    cmd.metadata.recordedAt,
  );
  const trace = {
    verdicts: [...evaluation.verdicts, ...approval.verdicts],
    policyVersion: s.policy.version,
  };
  const forbidding = new Set(approval.verdicts.filter((v) => v.outcome === "forbidden").map((v) => v.rule));
  const refusal = APPROVAL_REFUSALS.find(([rule]) => forbidding.has(rule));
  if (refusal !== undefined) return E.left({ ...refusal[1](s, cmd, request), ...trace });
  const effects = admittedEffects(
    evaluation,
    simulation,
    trace,
    request.requestId,
    `reallocation ${request.requestId} is forbidden now`,
  );
  if (E.isLeft(effects)) return effects;
  return E.right([
    {
      type: "ReallocationApproved" as const,
      schemaVersion: 2 as const,
      data: { requestId: cmd.data.requestId, effects: effects.right, reason: cmd.data.reason, ...trace },
      metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
    },
  ]);
};

export const decideRejectReallocation = (
  cmd: Recorded<RejectReallocation>,
  state: AgreementState,
): E.Either<DomainError, ReallocationRejected[]> =>
  pipe(
    pendingRequest(cmd, state),
    E.filterOrElse(
      ([s]) => s.policy.approverRoles.includes(cmd.metadata.actor.role),
      ([s]): DomainError => notAnApprover(s, cmd),
    ),
    E.tap(() => requireReason(cmd.data.reason, `rejecting ${cmd.data.requestId}`)),
    E.map(() => [
      {
        type: "ReallocationRejected" as const,
        schemaVersion: 1 as const,
        data: { requestId: cmd.data.requestId, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );
