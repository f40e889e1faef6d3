import * as E from "fp-ts/Either";
import { daysOfPeriod, periodLiesWithin } from "../../calendar/reportingPeriod";
import type { Command } from "../../commands/catalogue";
import { type Actor, type Recorded, isRecorded } from "../../provenance/metadata";
import { type DomainError, type ReasonSubject, domainError } from "../errors";
import type { AgreementState } from "../state";
import type { Organisation, Party } from "../terms";

/**
 * The ledger's clock, not the client's: time-dependent rules judge by `recordedAt`, which the
 * command handler stamps. A command without it is refused rather than judged by `occurredAt`.
 */
export const requireRecorded = <C extends Command>(command: C): E.Either<DomainError, Recorded<C>> =>
  isRecorded(command)
    ? E.right(command)
    : E.left(
        domainError(
          "CommandNotRecorded",
          `command ${command.metadata.commandId} (${command.type}) has no recordedAt: the command handler stamps the ledger's time before deciding, and the client's occurredAt ${command.metadata.occurredAt} is not trusted to judge`,
          { commandId: command.metadata.commandId },
        ),
      );

const isParty = (role: Actor["role"]): role is Party => role === "municipality" || role === "provider";

/**
 * Who acts is checked against the agreement, never taken from the caller's claim alone: a
 * municipality role must be the agreement's municipality, a provider role its provider, and
 * the other roles (auditor, system) never write. Four eyes then compares persons of one party.
 */
export const requireActingParty = (
  actor: Actor,
  parties: { readonly municipality: Organisation; readonly provider: Organisation },
  agreementId: string,
): E.Either<DomainError, Actor> => {
  const { organisationId, role } = actor;
  if (!isParty(role)) {
    return E.left(
      domainError(
        "ActorNotParty",
        `${actor.person} (${organisationId}) acts as ${role}: the ${role} role never writes: only the municipality or the provider acts on agreement ${agreementId}`,
        { organisationId, role, expectedOrganisationId: null },
      ),
    );
  }
  const expected = parties[role];
  return expected.id === organisationId
    ? E.right(actor)
    : E.left(
        domainError(
          "ActorNotParty",
          `${actor.person} acts as ${role} for ${organisationId}, but the ${role} of agreement ${agreementId} is ${expected.id} (${expected.name})`,
          { organisationId, role, expectedOrganisationId: expected.id },
        ),
      );
};

/**
 * Every command but a proposal addresses an existing, open agreement with the same id, by an
 * actor of one of its parties.
 */
export const requireOpenAgreement = (
  command: Command,
  state: AgreementState,
): E.Either<DomainError, AgreementState> => {
  const id = command.data.agreementId;
  const parties = state.parties;
  if (state.status === "empty" || parties === undefined) {
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
  const acting = requireActingParty(command.metadata.actor, parties, id);
  return E.isLeft(acting) ? acting : E.right(state);
};

/** Reallocations, results, amendments and closing need a signed, open agreement. */
export const requireSigned = (
  command: Command,
  state: AgreementState,
): E.Either<DomainError, AgreementState> => {
  const open = requireOpenAgreement(command, state);
  if (E.isLeft(open) || open.right.status === "signed") return open;
  const s = open.right;
  return E.left(
    domainError(
      "AgreementNotSigned",
      `agreement ${s.agreementId} is not signed by both parties yet: ${command.type} needs a signed agreement`,
      {
        status: s.status,
      },
    ),
  );
};

export const requireReason = (
  reason: string,
  what: string,
  subject?: ReasonSubject,
): E.Either<DomainError, string> =>
  reason.trim().length > 0
    ? E.right(reason)
    : E.left(
        domainError("ReasonRequired", `${what} needs a reason`, {
          what,
          ...(subject === undefined ? {} : { subject }),
        }),
      );

/** A report's period lies wholly within the agreement's period (hours and costs alike). */
export const requirePeriodWithinAgreement = (
  period: string,
  s: AgreementState,
): E.Either<DomainError, string> => {
  const { start, end } = s.period ?? { start: "", end: "" };
  if (periodLiesWithin(period, start, end)) return E.right(period);
  const days = daysOfPeriod(period);
  return E.left(
    domainError(
      "PeriodOutsideAgreement",
      `period ${period}${days === undefined ? "" : ` (${days.first} to ${days.last})`} does not lie within the agreement period ${start} to ${end}`,
      { period, start, end },
    ),
  );
};

/** The terms are open until the first signature; after it, changes need an amendment. */
export const requireNegotiable = (s: AgreementState): E.Either<DomainError, AgreementState> =>
  s.status === "proposed" && Object.keys(s.signatures).length === 0
    ? E.right(s)
    : E.left(
        domainError(
          "NegotiationClosed",
          s.status === "proposed"
            ? `agreement ${s.agreementId} has been signed by one party: negotiation is over`
            : `agreement ${s.agreementId} is ${s.status}: changes now need an amendment`,
          { status: s.status },
        ),
      );

/** A request no decision can be taken on: decided already, or never made (`what`: "budget reallocation"). */
export const notPending = (s: AgreementState, what: string, requestId: string): DomainError =>
  domainError(
    "RequestNotPending",
    `${what} ${requestId} is not pending: ${
      s.decidedRequestIds.has(requestId) ? "it has already been decided" : "no such request was made"
    }`,
    { requestId },
  );
