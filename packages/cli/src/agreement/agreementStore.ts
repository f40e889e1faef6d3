import { createAgreements, describeAgreementsError } from "@grant-ledger/agreements";
import type { AgreementState, DomainError, DomainEvent, Evaluation, Verdict } from "@grant-ledger/core";
import type { EventStore, RecordedEvent } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";

/** Folds an agreement's stream into its state; undefined when the stream does not exist. */
export const loadAgreement = async (
  store: EventStore,
  agreementId: string,
): Promise<AgreementState | undefined> => {
  const loaded = await createAgreements({ store }).load(agreementId);
  if (E.isLeft(loaded)) throw new Error(describeAgreementsError(loaded.left));
  return loaded.right?.state;
};

export type Handled =
  | {
      readonly _tag: "Recorded";
      readonly events: readonly DomainEvent[];
      readonly replay: boolean;
      readonly evaluation?: Evaluation;
      /** The agreement after the command. */
      readonly state: AgreementState;
      readonly recorded: readonly RecordedEvent[];
    }
  /** The domain refused it: nothing recorded (exit 4). */
  | {
      readonly _tag: "Refused";
      readonly message: string;
      readonly verdicts: readonly Verdict[];
      readonly code: string;
      /** The refusal as data, for wording it in the command's language. */
      readonly error: DomainError;
    }
  /** The command is not acceptable as given (does not decode, occurs in the future, reuses an id): exit 2. */
  | { readonly _tag: "Unacceptable"; readonly message: string };

/**
 * Runs one command, given as wire JSON built from the arguments, through the agreements
 * package: it is decoded there like any other input.
 */
export const handleAgreementCommand = async (store: EventStore, wire: unknown): Promise<Handled> => {
  const result = await createAgreements({ store }).handle(wire);
  if (E.isRight(result)) {
    const { events, idempotentReplay, evaluation, state, recorded } = result.right;
    return {
      _tag: "Recorded",
      events,
      replay: idempotentReplay,
      state,
      recorded,
      ...(evaluation ? { evaluation } : {}),
    };
  }
  const failure = result.left;
  switch (failure._tag) {
    case "DomainError":
      return {
        _tag: "Refused",
        message: failure.error.message,
        verdicts: failure.error.verdicts ?? [],
        code: failure.error._tag,
        error: failure.error,
      };
    case "CommandDecodeError":
    case "OccurredInFuture":
    case "CommandIdReused":
      return { _tag: "Unacceptable", message: describeAgreementsError(failure) };
    default:
      throw new Error(describeAgreementsError(failure));
  }
};
