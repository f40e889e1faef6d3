import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { ApproveReallocation, RejectReallocation } from "../../commands/reallocation";
import type { ReallocationApproved, ReallocationRejected } from "../../events/reallocation";
import { eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { effectsOfShifts } from "../reallocation";
import type { AgreementState, PendingReallocation } from "../state";
import { requireReason, requireSigned } from "./guards";

const pendingRequest = (
  cmd: ApproveReallocation | RejectReallocation,
  state: AgreementState,
): E.Either<DomainError, [AgreementState, PendingReallocation]> =>
  E.flatMap(requireSigned(cmd, state), (s) => {
    const request = s.pendingReallocations.get(cmd.data.requestId);
    if (request === undefined) {
      const why = s.decidedRequestIds.has(cmd.data.requestId)
        ? "it has already been decided"
        : "no such request was made";
      return E.left(
        domainError(
          "RequestNotPending",
          `reallocation request ${cmd.data.requestId} is not pending: ${why}`,
          { requestId: cmd.data.requestId },
        ),
      );
    }
    const actor = cmd.metadata.actor;
    if (actor.role !== "municipality") {
      return E.left(
        domainError(
          "ApproverNotAuthorised",
          `${actor.person} acts as ${actor.role}: only the municipality decides on reallocations`,
          {
            role: actor.role,
          },
        ),
      );
    }
    return E.right([s, request]);
  });

/** Four eyes: whoever requested may not approve. Balances are re-checked against the state at approval time. */
export const decideApproveReallocation = (
  cmd: ApproveReallocation,
  state: AgreementState,
): E.Either<DomainError, ReallocationApproved[]> =>
  pipe(
    pendingRequest(cmd, state),
    E.filterOrElse(
      ([, request]) =>
        request.requestedBy.organisationId !== cmd.metadata.actor.organisationId ||
        request.requestedBy.person !== cmd.metadata.actor.person,
      ([, request]): DomainError =>
        domainError(
          "FourEyesViolation",
          `${request.requestedBy.person} requested ${request.requestId} and may not also approve it`,
          {
            requestId: request.requestId,
            person: request.requestedBy.person,
            organisationId: request.requestedBy.organisationId,
          },
        ),
    ),
    E.flatMap(([s, request]) => effectsOfShifts(s.current, request.shifts)),
    E.map((effects) => [
      {
        type: "ReallocationApproved" as const,
        schemaVersion: 1 as const,
        data: { requestId: cmd.data.requestId, effects, reason: cmd.data.reason },
        metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
      },
    ]),
  );

export const decideRejectReallocation = (
  cmd: RejectReallocation,
  state: AgreementState,
): E.Either<DomainError, ReallocationRejected[]> =>
  pipe(
    pendingRequest(cmd, state),
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
