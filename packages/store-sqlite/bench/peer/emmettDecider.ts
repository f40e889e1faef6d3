/**
 * The grant-ledger agreement decider wired into Emmett's `CommandHandler`, as an Emmett user
 * would wire it: Emmett stores plain JSON events (`{ type, data, metadata }`), so its
 * `evolve` decodes each one with the core's codecs (as grant-ledger's read path does) and
 * the decision encodes what the core decided. Same decider, same codecs, same commands; no
 * hash chain, no Merkle tree, no command digest, no validation of what is written: what
 * Emmett does not do.
 */
import { CommandHandler, type Event, type EventStore } from "@event-driven-io/emmett";
import {
  type AgreementState,
  type Command,
  type DomainEvent,
  agreementDecider,
  decodeEvent,
  encodeEvent,
} from "@grant-ledger/core";
import type { JsonObject } from "@grant-ledger/event-store";

export type AgreementEvent = Event<string, JsonObject, JsonObject>;

/** Emmett's event has no schema version of its own: it rides in the metadata. */
export const toEmmett = (e: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}): AgreementEvent => ({
  type: e.type,
  data: e.data,
  metadata: { ...e.metadata, schemaVersion: e.schemaVersion },
});

const decoded = (event: AgreementEvent): DomainEvent => {
  const { schemaVersion, ...metadata } = event.metadata;
  const result = decodeEvent({ type: event.type, schemaVersion, data: event.data, metadata });
  if (result._tag === "Left") throw new Error(`stored event does not decode: ${JSON.stringify(result.left)}`);
  return result.right;
};

export const evolveEmmett = (state: AgreementState, event: AgreementEvent): AgreementState =>
  agreementDecider.evolve(state, decoded(event));

const handleAgreement = CommandHandler<AgreementState, AgreementEvent>({
  evolve: evolveEmmett,
  initialState: () => agreementDecider.initialState,
});

/** One command through Emmett's handler: aggregate the stream, decide with the core, append. */
export const handleWithEmmett = async (store: EventStore, streamId: string, command: Command) => {
  const stamped = { ...command, metadata: { ...command.metadata, recordedAt: new Date().toISOString() } };
  return handleAgreement(store, streamId, (state) => {
    const decision = agreementDecider.decide(stamped, state);
    if (decision._tag === "Left") throw new Error(`refused: ${JSON.stringify(decision.left)}`);
    return decision.right.map((e) => toEmmett(encodeEvent(e) as Parameters<typeof toEmmett>[0]));
  });
};
