import * as E from "fp-ts/Either";
import type { ReallocationContext } from "../policy/context";
import { evaluate } from "../policy/evaluate";
import type { ReallocationPolicy } from "../policy/policy";
import type { Evaluation } from "../policy/verdict";
import type { Shift } from "./changes";
import { type DomainError, domainError } from "./errors";
import type { AgreementState } from "./state";

/** What the policy engine needs of an agreement: numbers only. */
export const reallocationContextOf = (s: AgreementState): ReallocationContext => ({
  baseline: s.baseline,
  current: s.current,
  contractAtSigning: s.contractAtSigning,
  transfersSinceBaseline: s.transfersSinceBaseline,
});

/**
 * Evaluates shifts against the agreement's own policy as it stands: what the decider does on
 * a request, without recording anything (the `controls` dry run). `at` is an ISO date-time.
 */
export const evaluateReallocation = (
  s: AgreementState,
  shifts: readonly Shift[],
  at: string,
): E.Either<DomainError, Evaluation> => {
  if (s.status === "empty") {
    return E.left(domainError("AgreementNotFound", "no agreement: propose it first", { agreementId: "" }));
  }
  if (s.status === "closed") {
    return E.left(
      domainError("AgreementClosed", `agreement ${s.agreementId} was closed on ${s.closedOn ?? "?"}`, {
        closedOn: s.closedOn ?? "",
      }),
    );
  }
  if (s.status !== "signed") {
    return E.left(
      domainError("AgreementNotSigned", `agreement ${s.agreementId} is not signed by both parties yet`, {
        status: s.status,
      }),
    );
  }
  return E.right(evaluate(s.policy, reallocationContextOf(s), shifts, at));
};

/** The explanations of the rules that forbade, for a refusal message. */
export const forbiddenReasons = (evaluation: Evaluation): string =>
  evaluation.verdicts
    .filter((v) => v.outcome === "forbidden")
    .map((v) => `${v.rule}: ${v.explanation}`)
    .join("; ");

/** A policy may change before signing and by amendment, each time under a higher version. */
export const requireNewerPolicy = (
  current: ReallocationPolicy,
  proposed: ReallocationPolicy | undefined,
  what: string,
): E.Either<DomainError, unknown> =>
  proposed === undefined || proposed.version > current.version
    ? E.right(proposed)
    : E.left(
        domainError(
          "PolicyVersionNotIncreased",
          `${what} changes the reallocation policy without raising its version: it is ${current.version}, the new policy says ${proposed.version}`,
          { current: current.version, proposed: proposed.version },
        ),
      );
