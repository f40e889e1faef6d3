import * as E from "fp-ts/Either";
import type { Command } from "../../commands/catalogue";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";

/** Every command but a proposal addresses an existing, open agreement with the same id. */
export const requireOpenAgreement = (
  command: Command,
  state: AgreementState,
): E.Either<DomainError, AgreementState> => {
  const id = command.data.agreementId;
  if (state.status === "empty") {
    return E.left(
      domainError("AgreementNotFound", `agreement ${id} does not exist: propose it first`, {
        agreementId: id,
      }),
    );
  }
  if (state.agreementId !== id) {
    return E.left(
      domainError(
        "WrongAgreement",
        `the command addresses agreement ${id}, but this is agreement ${state.agreementId}`,
        {
          expected: state.agreementId,
          found: id,
        },
      ),
    );
  }
  if (state.status === "closed") {
    return E.left(
      domainError(
        "AgreementClosed",
        `agreement ${id} was closed on ${state.closedOn ?? "?"}: nothing can change any more`,
        {
          closedOn: state.closedOn ?? "",
        },
      ),
    );
  }
  return E.right(state);
};

/** Reallocations, results, amendments and closing need a signed, open agreement. */
export const requireSigned = (
  command: Command,
  state: AgreementState,
): E.Either<DomainError, AgreementState> =>
  E.flatMap(requireOpenAgreement(command, state), (s) =>
    s.status === "signed"
      ? E.right(s)
      : E.left(
          domainError(
            "AgreementNotSigned",
            `agreement ${s.agreementId} is not signed by both parties yet: ${command.type} needs a signed agreement`,
            {
              status: s.status,
            },
          ),
        ),
  );

export const requireReason = (reason: string, what: string): E.Either<DomainError, string> =>
  reason.trim().length > 0
    ? E.right(reason)
    : E.left(domainError("ReasonRequired", `${what} needs a reason`, { what }));
