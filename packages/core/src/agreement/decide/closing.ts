import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { CloseAgreement } from "../../commands/lifecycle";
import type { AgreementClosed } from "../../events/agreementClosed";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import type { DomainError } from "../errors";
import type { AgreementState } from "../state";
import { requireReason, requireSigned } from "./guards";

/** Closing ends the agreement: afterwards every command is refused. */
export const decideClose = (
  cmd: Recorded<CloseAgreement>,
  state: AgreementState,
): E.Either<DomainError, AgreementClosed[]> =>
  pipe(
    requireSigned(cmd, state),
    E.tap(() =>
      requireReason(cmd.data.reason, `closing agreement ${cmd.data.agreementId}`, {
        kind: "closing",
        agreementId: cmd.data.agreementId,
      }),
    ),
    E.map(() => {
      const { agreementId: _, ...data } = cmd.data;
      return [
        {
          type: "AgreementClosed" as const,
          schemaVersion: 1 as const,
          data,
          metadata: eventMetadataFrom(cmd.metadata, data.reason),
        },
      ];
    }),
  );
