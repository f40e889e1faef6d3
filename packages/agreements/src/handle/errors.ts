import type { DecodeProblem, DomainError } from "@grant-ledger/core";
import type { HandlerError } from "@grant-ledger/event-store";
import type { CommandDecodeError } from "./decodeInput";
import type { OccurredInFuture } from "./ledgerClock";

export type { CommandDecodeError } from "./decodeInput";
export type { OccurredInFuture } from "./ledgerClock";

/** Everything `handle` can refuse with; `Refusal` is what the caller's `beforeDecide` returns. */
export type AgreementsError<Refusal = never> =
  | CommandDecodeError
  | (OccurredInFuture & { readonly commandIndex: number })
  // The generic handler's errors, with the agreement's domain error and decode problems.
  | HandlerError<DomainError, readonly DecodeProblem[], Refusal>;

const problems = (list: readonly DecodeProblem[]) => list.map((p) => p.message).join("; ");
const which = (commandIndex: number) => (commandIndex === 0 ? "the command" : `command ${commandIndex + 1}`);

/** One readable sentence per error, for people (the CLI prints it; the service will too). */
export const describeAgreementsError = <R>(
  error: AgreementsError<R>,
  describeRefusal: (refusal: R) => string = (r) => JSON.stringify(r),
): string => {
  switch (error._tag) {
    case "CommandDecodeError":
      return `${which(error.commandIndex)} does not decode: ${problems(error.problems)}`;
    case "OccurredInFuture":
      return `command ${error.commandId} claims to occur at ${error.occurredAt}, more than ${error.maxClockSkewMs / 1000} s after the ledger's time ${error.recordedAt}`;
    case "Refused":
      return `${which(error.commandIndex)} was refused before deciding: ${describeRefusal(error.error)}`;
    case "DomainError":
      return error.error.message;
    case "WrongExpectedRevision":
      return `${error.streamId} is at revision ${String(error.actual)}, not at the expected ${String(error.expected)}`;
    case "ConflictRetriesExhausted":
      return `the agreement kept changing underneath: gave up after ${error.attempts} attempts`;
    case "EventDecodeError":
      return `cannot read ${error.streamId} at revision ${error.revision}: ${problems(error.error)}`;
    case "InvalidEvent":
      return `${which(error.commandIndex)} would record a ${error.eventType} that does not decode, so nothing was written: ${problems(error.error)}`;
    case "UnencodableEvent":
      return `${which(error.commandIndex)} would record a ${error.eventType} that cannot be encoded, so nothing was written: ${error.message}`;
    case "CommandIdReused":
      return `command id ${error.commandId} is already recorded in ${error.streamId} for a different command: use a new command id`;
    case "MixedStreams":
      return `a batch must address one agreement; it addresses ${error.streamIds.join(", ")}`;
    case "EmptyBatch":
      return "the batch holds no command";
  }
};
