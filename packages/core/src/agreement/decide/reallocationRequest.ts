import * as E from "fp-ts/Either";
import type { RequestReallocation } from "../../commands/reallocation";
import type { ReallocationApplied, ReallocationRequested } from "../../events/reallocation";
import { assess } from "../../policy/evaluate";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { reallocationContextOf } from "../reallocationPolicy";
import type { AgreementState } from "../state";
import { admittedEffects } from "./admittedEffects";
import { requireReason, requireSigned } from "./guards";

/**
 * A request is evaluated against the agreement's reallocation policy at the moment it was
 * made: allowed shifts are applied at once, the others wait for approval, and forbidden
 * ones are refused with the verdicts. Either event records the verdicts and policy version.
 */
export const decideRequestReallocation = (
  cmd: Recorded<RequestReallocation>,
  state: AgreementState,
): E.Either<DomainError, (ReallocationRequested | ReallocationApplied)[]> => {
  // Checks in order, each a value; written out rather than piped, as every request takes this path.
  const signed = requireSigned(cmd, state);
  if (E.isLeft(signed)) return signed;
  const s = signed.right;
  const reasoned = requireReason(cmd.data.reason, `reallocation request ${cmd.data.requestId}`, {
    kind: "reallocation-request",
    requestId: cmd.data.requestId,
  });
  if (E.isLeft(reasoned)) return reasoned;
  if (s.pendingReallocations.has(cmd.data.requestId) || s.decidedRequestIds.has(cmd.data.requestId))
    return E.left(
      domainError("DuplicateRequestId", `request id ${cmd.data.requestId} is already in use`, {
        requestId: cmd.data.requestId,
      }),
    );
  const { requestId, shifts, reason } = cmd.data;
  const { evaluation, simulation } = assess(
    s.policy,
    reallocationContextOf(s),
    shifts,
    cmd.metadata.recordedAt,
  );
  const trace = { verdicts: evaluation.verdicts, policyVersion: s.policy.version };
  const effects = admittedEffects(
    evaluation,
    simulation,
    trace,
    requestId,
    `reallocation ${requestId} is forbidden`,
  );
  if (E.isLeft(effects)) return effects;
  const metadata = eventMetadataFrom(cmd.metadata, reason);
  return E.right(
    evaluation.outcome === "allowed"
      ? [
          {
            type: "ReallocationApplied" as const,
            schemaVersion: 1 as const,
            data: { requestId, shifts, effects: effects.right, reason, ...trace },
            metadata,
          },
        ]
      : [
          {
            type: "ReallocationRequested" as const,
            schemaVersion: 2 as const,
            data: { requestId, shifts, reason, ...trace },
            metadata,
          },
        ],
  );
};
