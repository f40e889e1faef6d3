import { type AgreementsError, describeAgreementsError } from "@grant-ledger/agreements";
import type { DomainError, DomainErrorTag } from "@grant-ledger/core";
import { etagOf } from "../commands/preconditions";
import type { Problem } from "./problem";

/** Refusals that depend on what the agreement has been through: retrying after it changes may succeed. */
const CONFLICTS: ReadonlySet<DomainErrorTag> = new Set<DomainErrorTag>([
  "AgreementAlreadyExists",
  "AgreementClosed",
  "AgreementNotSigned",
  "NegotiationClosed",
  "RoundOutOfOrder",
  "StaleChange",
  "PartyAlreadySigned",
  "DuplicateRequestId",
  "RequestNotPending",
  "DuplicateAmendmentId",
  "PolicyVersionNotIncreased",
]);

/** The domain's own word on who may act: the role that tried is not the one the rule names. */
const ROLE_RULES: ReadonlySet<DomainErrorTag> = new Set<DomainErrorTag>([
  "ActorNotParty",
  "ApproverNotAuthorised",
  "SignerNotParty",
]);

const domainProblem = (error: DomainError): Problem => {
  const extra = {
    tag: error._tag,
    ...(error.verdicts === undefined ? {} : { verdicts: error.verdicts }),
    ...(error.policyVersion === undefined ? {} : { policyVersion: error.policyVersion }),
  };
  if (error._tag === "AgreementNotFound") return { type: "not-found", detail: error.message };
  if (ROLE_RULES.has(error._tag))
    return { type: "role-refused", detail: error.message, extra: { ...extra, rule: error.message } };
  return {
    type: CONFLICTS.has(error._tag) ? "domain-conflict" : "domain-refusal",
    detail: error.message,
    extra,
  };
};

/**
 * What the application layer's refusal means over HTTP. Client input never maps to a 5xx:
 * only a stored event that no longer decodes (a damaged store) does.
 */
export const agreementsProblem = (error: AgreementsError<never>): Problem => {
  switch (error._tag) {
    case "CommandDecodeError":
      return {
        type: "invalid-request",
        detail: describeAgreementsError(error),
        extra: {
          problems: error.problems.map((p) => ({ path: p.path, value: p.found, message: p.message })),
        },
      };
    case "DomainError":
      return domainProblem(error.error);
    case "WrongExpectedRevision":
      return {
        type: "precondition-failed",
        detail: "the agreement changed since the ETag you sent: read it again",
        extra: { currentEtag: etagOf(error.actual) },
      };
    case "CommandIdReused":
      return {
        type: "idempotency-key-reused",
        detail: "this Idempotency-Key was used for a different command",
      };
    case "OccurredInFuture":
    case "InvalidEvent":
    case "UnencodableEvent":
      return { type: "domain-refusal", detail: describeAgreementsError(error), extra: { tag: error._tag } };
    case "ConflictRetriesExhausted":
      return { type: "domain-conflict", detail: describeAgreementsError(error), extra: { tag: error._tag } };
    case "MixedStreams":
    case "EmptyBatch":
    case "Refused":
      return { type: "invalid-request", detail: describeAgreementsError(error) };
    case "EventDecodeError":
      throw new Error(describeAgreementsError(error));
  }
};
