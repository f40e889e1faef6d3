import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { AmendAgreement } from "../../commands/lifecycle";
import type { AgreementAmended } from "../../events/agreementAmended";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { requireNewerPolicy } from "../reallocationPolicy";
import type { AgreementState } from "../state";
import { checkChangedTerms } from "./expectedResultPositions";
import { requireReason, requireSigned } from "./guards";

/**
 * Both parties agree on a change of the signed contract. Changes start from the current
 * matrix (the baseline plus applied reallocations); the result becomes the new baseline.
 */
export const decideAmend = (
  cmd: Recorded<AmendAgreement>,
  state: AgreementState,
): E.Either<DomainError, AgreementAmended[]> => {
  const { amendmentId } = cmd.data;
  const what = `amendment ${amendmentId}`;
  return pipe(
    requireSigned(cmd, state),
    E.filterOrElse(
      (s) => !s.amendmentIds.has(amendmentId),
      (): DomainError =>
        domainError("DuplicateAmendmentId", `${what} has already been made`, { amendmentId }),
    ),
    E.tap(() => requireReason(cmd.data.reason, what)),
    E.filterOrElse(
      () =>
        cmd.data.changes.length > 0 ||
        cmd.data.expectedResultChanges.length > 0 ||
        cmd.data.policy !== undefined,
      (): DomainError => domainError("EmptyAmendment", `${what} changes nothing`, { amendmentId }),
    ),
    E.tap((s) => requireNewerPolicy(s.policy, cmd.data.policy, what)),
    E.tap((s) =>
      checkChangedTerms(s.current, cmd.data.changes, s.expectedResults, cmd.data.expectedResultChanges, what),
    ),
    E.map(() => {
      const { agreementId: _, ...data } = cmd.data;
      return [
        {
          type: "AgreementAmended" as const,
          schemaVersion: 1 as const,
          data,
          metadata: eventMetadataFrom(cmd.metadata, data.reason),
        },
      ];
    }),
  );
};
