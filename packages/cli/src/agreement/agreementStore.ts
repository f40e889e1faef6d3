import {
  type Command as AgreementCommand,
  type AgreementState,
  type DomainEvent,
  type Verdict,
  agreementDecider,
  decodeEvent,
} from "@grant-ledger/core";
import { type EventStore, agreementStreamId, createAgreementCommandHandler } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";

/** Folds an agreement's stream into its state; undefined when the stream does not exist. */
export const loadAgreement = async (
  store: EventStore,
  agreementId: string,
): Promise<AgreementState | undefined> => {
  let state = agreementDecider.initialState;
  let seen = false;
  for await (const recorded of store.readStream(agreementStreamId(agreementId))) {
    const decoded = decodeEvent(recorded);
    if (E.isLeft(decoded)) {
      throw new Error(
        `cannot read agreement ${agreementId} at revision ${recorded.revision}: ${decoded.left.map((p) => p.message).join("; ")}`,
      );
    }
    state = agreementDecider.evolve(state, decoded.right);
    seen = true;
  }
  return seen ? state : undefined;
};

export type Handled =
  | { readonly _tag: "Recorded"; readonly events: readonly DomainEvent[]; readonly replay: boolean }
  | {
      readonly _tag: "Refused";
      readonly message: string;
      readonly verdicts: readonly Verdict[];
      readonly code: string;
    };

/** Runs one agreement command through the store's command handler (load, decide, append, retry on conflict). */
export const handleAgreementCommand = async (
  store: EventStore,
  command: AgreementCommand,
): Promise<Handled> => {
  const result = await createAgreementCommandHandler(store)(command);
  if (E.isRight(result))
    return { _tag: "Recorded", events: result.right.events, replay: result.right.idempotentReplay };
  const failure = result.left;
  switch (failure._tag) {
    case "DomainError": {
      const verdicts = failure.error.verdicts ?? [];
      return { _tag: "Refused", message: failure.error.message, verdicts, code: failure.error._tag };
    }
    case "ConflictRetriesExhausted":
      throw new Error(`the agreement kept changing underneath: gave up after ${failure.attempts} attempts`);
    case "EventDecodeError":
      throw new Error(
        `cannot read ${failure.streamId} at revision ${failure.revision}: ${failure.error.map((p) => p.message).join("; ")}`,
      );
  }
};
