import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { NegotiateAgreement } from "../../commands/lifecycle";
import type { AgreementNegotiated } from "../../events/agreementNegotiated";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import { requireNewerPolicy } from "../reallocationPolicy";
import type { AgreementState } from "../state";
import { checkChangedTerms } from "./expectedResultPositions";
import { requireNegotiable, requireOpenAgreement } from "./guards";

export const decideNegotiate = (
  cmd: Recorded<NegotiateAgreement>,
  state: AgreementState,
): E.Either<DomainError, AgreementNegotiated[]> =>
  pipe(
    requireOpenAgreement(cmd, state),
    E.flatMap(requireNegotiable),
    E.filterOrElse(
      (s) => cmd.data.round === s.negotiationRound + 1,
      (s): DomainError =>
        domainError(
          "RoundOutOfOrder",
          `negotiation round ${cmd.data.round} given, but the next round is ${s.negotiationRound + 1}`,
          {
            expected: s.negotiationRound + 1,
            found: cmd.data.round,
          },
        ),
    ),
    E.tap((s) => requireNewerPolicy(s.policy, cmd.data.policy, `negotiation round ${cmd.data.round}`)),
    E.tap((s) =>
      checkChangedTerms(
        s.draft,
        cmd.data.cellChanges,
        s.expectedResults,
        cmd.data.expectedResultChanges,
        `negotiation round ${cmd.data.round}`,
      ),
    ),
    E.map(() => {
      const { agreementId: _, ...data } = cmd.data;
      const reasons = [...cmd.data.cellChanges, ...cmd.data.expectedResultChanges].map((c) => c.reason);
      const reason = cmd.metadata.reason ?? [...new Set(reasons)].join("; ");
      return [
        {
          type: "AgreementNegotiated" as const,
          schemaVersion: 1 as const,
          data,
          metadata: eventMetadataFrom(cmd.metadata, reason),
        },
      ];
    }),
  );
