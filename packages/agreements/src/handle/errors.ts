import type { DecodeProblem, DomainError } from "@grant-ledger/core";
import type { WrongExpectedRevision } from "@grant-ledger/event-store";
import type { CommandDecodeError } from "./decodeInput";
import type { OccurredInFuture } from "./ledgerClock";

export type { CommandDecodeError } from "./decodeInput";
export type { OccurredInFuture } from "./ledgerClock";

/** Everything `handle` can refuse with; `Refusal` is what the caller's `beforeDecide` returns. */
export type AgreementsError<Refusal = never> =
  | CommandDecodeError
  | (OccurredInFuture & { readonly commandIndex: number })
  | { readonly _tag: "Refused"; readonly error: Refusal; readonly commandIndex: number }
  | { readonly _tag: "DomainError"; readonly error: DomainError; readonly commandIndex: number }
  | WrongExpectedRevision
  | {
      readonly _tag: "ConflictRetriesExhausted";
      readonly attempts: number;
      readonly conflict: WrongExpectedRevision;
    }
  | {
      readonly _tag: "EventDecodeError";
      readonly streamId: string;
      readonly revision: bigint;
      readonly error: readonly DecodeProblem[];
    }
  | {
      readonly _tag: "InvalidEvent";
      readonly streamId: string;
      readonly commandIndex: number;
      readonly eventType: string;
      readonly error: readonly DecodeProblem[];
    }
  | {
      readonly _tag: "UnencodableEvent";
      readonly streamId: string;
      readonly commandIndex: number;
      readonly eventType: string;
      readonly message: string;
    }
  | { readonly _tag: "CommandIdReused"; readonly streamId: string; readonly commandId: string }
  | { readonly _tag: "MixedStreams"; readonly streamIds: readonly string[] }
  | { readonly _tag: "EmptyBatch" };

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
