import {
  type AgreementState,
  type Command,
  type DomainEvent,
  agreementDecider,
  decodeCommand,
  decodeEvent,
  encodeEvent,
} from "@grant-ledger/core";
import type { EventToAppend, RecordedEvent } from "@grant-ledger/event-store";
import type { EncodedCommandJson } from "./agreementScript";

/** Bench inputs are generated: a command that fails to decode or is refused is a bug in the bench. */
export const commandFrom = (json: EncodedCommandJson): Command => {
  const decoded = decodeCommand(json);
  if (decoded._tag === "Left")
    throw new Error(`bench command does not decode: ${JSON.stringify(decoded.left)}`);
  return decoded.right;
};

/** Seeding writes history directly: the ledger records each scripted command at its own time. */
export const decideOrThrow = (command: Command, state: AgreementState): readonly DomainEvent[] => {
  const recordedAt = command.metadata.recordedAt ?? command.metadata.occurredAt;
  const decided = agreementDecider.decide(
    { ...command, metadata: { ...command.metadata, recordedAt } },
    state,
  );
  if (decided._tag === "Left") throw new Error(`bench command refused: ${JSON.stringify(decided.left)}`);
  return decided.right;
};

export const toAppend = (event: DomainEvent): EventToAppend => encodeEvent(event) as EventToAppend;

/** The fold a command handler or projection runs over stored events: decode (with upcasting), then evolve. */
export const evolveRecorded = (state: AgreementState, recorded: RecordedEvent): AgreementState => {
  const decoded = decodeEvent(recorded);
  if (decoded._tag === "Left")
    throw new Error(`stored event does not decode: ${JSON.stringify(decoded.left)}`);
  return agreementDecider.evolve(state, decoded.right);
};

export const { evolve, initialState } = agreementDecider;
