/**
 * What both sides run: the agreements of the store benchmark's scenario
 * (`packages/store-sqlite/bench/scenario`, used as it is so the two benchmarks measure the
 * same commands), signed (6 events each), then two commands each: a reallocation request
 * and its approval, decided by the core's agreement decider.
 */
import type { Command, DomainEvent } from "@grant-ledger/core";
import type { EventStore, RecordedEvent } from "@grant-ledger/event-store";
import { commandFrom } from "../scenario/agreementDomain";
import { agreementScript } from "../scenario/agreementScript";
import { benchStreamId, seedAgreements } from "../scenario/seedAgreements";

export { benchStreamId };

/** The request and the approval agreement `n` gets after signing (script steps 5 and 6). */
export const commandsOf = (n: number): [Command, Command] => {
  const script = agreementScript(n);
  return [commandFrom(script[5]!), commandFrom(script[6]!)];
};

/** Agreements `from`..`to - 1`, signed: the state a command workload starts from. */
export const seedSigned = (store: EventStore, from: number, to: number) =>
  seedAgreements(store, { from, to, eventsEach: 100, commandsEach: 5 });

/** Agreements with `events` events each (the replay and long-stream workloads). */
export const seedLong = (store: EventStore, from: number, to: number, events: number) =>
  seedAgreements(store, { from, to, eventsEach: events, wave: Math.min(500, to - from) });

/** The events of one stream, each command's events together, as the seeding appended them. */
export const commandsInStream = async (store: EventStore, streamId: string): Promise<RecordedEvent[][]> => {
  const groups: RecordedEvent[][] = [];
  for await (const e of store.readStream(streamId)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]!.metadata.commandId === e.metadata.commandId) last.push(e);
    else groups.push([e]);
  }
  return groups;
};

export type { DomainEvent };
