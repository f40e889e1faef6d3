import { agreementStreamId } from "@grant-ledger/agreements";
import type { EventStore, RecordedEvent } from "@grant-ledger/event-store";
import type { Checkpoint } from "../document/document";

export const checkpointOfEvent = (e: RecordedEvent): Checkpoint => ({
  streamId: e.streamId,
  revision: e.revision.toString(),
  globalPosition: e.globalPosition.toString(),
  hash: e.hash,
});

/** The stored event at a revision of a stream, or undefined when the stream does not reach it. */
export const eventAt = async (
  store: EventStore,
  streamId: string,
  revision: bigint,
): Promise<RecordedEvent | undefined> => {
  for await (const e of store.readStream(streamId, { from: revision, to: revision, maxCount: 1 }))
    return e.revision === revision ? e : undefined;
  return undefined;
};

/** The checkpoint of an agreement's report: its event at the last revision the report includes. */
export const agreementCheckpoint = async (
  store: EventStore,
  agreementId: string,
  revision: bigint,
): Promise<Checkpoint> => {
  const event = await eventAt(store, agreementStreamId(agreementId), revision);
  if (event === undefined)
    throw new Error(`agreement ${agreementId} has no revision ${revision}, which its views include`);
  return checkpointOfEvent(event);
};
