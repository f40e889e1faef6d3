import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { RequestReallocation } from "../../commands/reallocation";
import type { ReallocationRequested } from "../../events/reallocation";
import { eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { effectsOfShifts } from "../reallocation";
import type { AgreementState } from "../state";
import { requireReason, requireSigned } from "./guards";

/**
 * A request is checked against the current matrix (conservation, unit kinds, balances,
 * scope) and then waits for the municipality's approval. This is the one place where a
 * reallocation policy decides whether approval is needed.
 */
export const decideRequestReallocation = (
  cmd: RequestReallocation,
  state: AgreementState,
): E.Either<DomainError, ReallocationRequested[]> =>
  pipe(
    requireSigned(cmd, state),
    E.tap(() => requireReason(cmd.data.reason, `reallocation request ${cmd.data.requestId}`)),
    E.filterOrElse(
      (s) => !s.pendingReallocations.has(cmd.data.requestId) && !s.decidedRequestIds.has(cmd.data.requestId),
      (): DomainError =>
        domainError("DuplicateRequestId", `request id ${cmd.data.requestId} is already in use`, {
          requestId: cmd.data.requestId,
        }),
    ),
    E.tap((s) => effectsOfShifts(s.current, cmd.data.shifts)),
    E.map(() => {
      const { requestId, shifts, reason } = cmd.data;
      return [
        {
          type: "ReallocationRequested" as const,
          schemaVersion: 1 as const,
          data: { requestId, shifts, reason },
          metadata: eventMetadataFrom(cmd.metadata, reason),
        },
      ];
    }),
  );
