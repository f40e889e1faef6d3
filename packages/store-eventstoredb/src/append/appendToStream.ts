import type { EventStoreDBClient } from "@eventstore/db-client";
import { WrongExpectedVersionError } from "@eventstore/db-client";
import {
  type AppendResult,
  type EventToAppend,
  type ExpectedRevision,
  GENESIS_HASH,
  type RecordedEvent,
  type StreamRevision,
  type WrongExpectedRevision,
  chainHash,
  expectationMet,
} from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { toEventData } from "../events/storedEvent";
import type { PositionIndex } from "../position/positionIndex";
import { readStreamEvents } from "../read/readStream";
import { headExpectation } from "./expectedRevision";

/** Losing a race to another writer sends the append round again; this bounds the rounds. */
const MAX_ROUNDS = 64;

interface StreamState {
  readonly head: RecordedEvent | undefined;
  /** Events an earlier append of the same command wrote, in order. */
  readonly original: RecordedEvent[];
}

/**
 * Reads the whole stream once: its head (for the hash chain and the expected revision) and
 * the events of `commandId` (for idempotency). Agreement streams stay small, so a full read
 * per append is the price of an exact command-id check.
 */
const inspect = async (
  client: EventStoreDBClient,
  index: PositionIndex,
  streamId: string,
  commandId: string | undefined,
  pageSize: number,
): Promise<StreamState> => {
  let head: RecordedEvent | undefined;
  const original: RecordedEvent[] = [];
  for await (const event of readStreamEvents(client, index, streamId, {}, pageSize)) {
    head = event;
    if (commandId === undefined || event.metadata.commandId !== commandId) continue;
    const previous = original[original.length - 1];
    if (previous === undefined || previous.revision === event.revision - 1n) original.push(event);
  }
  return { head, original };
};

const revisionOf = (head: RecordedEvent | undefined): StreamRevision => head?.revision ?? "no-stream";

const chain = (streamId: string, head: RecordedEvent | undefined, events: readonly EventToAppend[]) => {
  let previousHash = head?.hash ?? GENESIS_HASH;
  const firstRevision = head === undefined ? 0n : head.revision + 1n;
  return events.map((event, i) => {
    const fields = {
      previousHash,
      streamId,
      revision: firstRevision + BigInt(i),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
    };
    const hash = chainHash(fields);
    previousHash = hash;
    return { ...fields, hash };
  });
};

export interface AppendDependencies {
  readonly client: EventStoreDBClient;
  readonly index: PositionIndex;
  readonly pageSize: number;
}

export const appendToStream = async (
  { client, index, pageSize }: AppendDependencies,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): Promise<E.Either<WrongExpectedRevision, AppendResult>> => {
  const commandId = events[0]?.metadata.commandId;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { head, original } = await inspect(client, index, streamId, commandId, pageSize);
    const actual = revisionOf(head);
    const last = original[original.length - 1];
    if (last !== undefined) {
      return E.right({
        nextExpectedRevision: head!.revision,
        lastGlobalPosition: last.globalPosition,
        events: original,
        idempotentReplay: true,
      });
    }
    if (!expectationMet(expected, actual)) {
      return E.left({ _tag: "WrongExpectedRevision", streamId, expected, actual });
    }
    if (events.length === 0) {
      await index.catchUp();
      return E.right({
        nextExpectedRevision: head?.revision ?? -1n,
        lastGlobalPosition: index.size() - 1n,
        events: [],
        idempotentReplay: false,
      });
    }
    const chained = chain(streamId, head, events);
    let written: { readonly position?: { readonly commit: bigint; readonly prepare: bigint } };
    try {
      written = await client.appendToStream(
        streamId,
        chained.map((event, i) => toEventData(event, i)),
        { expectedRevision: headExpectation(actual) },
      );
    } catch (error) {
      // Another writer moved the stream after we read it: read again and decide afresh.
      if (error instanceof WrongExpectedVersionError) continue;
      throw error;
    }
    // No position means the server recognised the event ids as already written (a racing
    // retry of this command won): the next round finds and replays the original.
    if (written.position === undefined) continue;
    const lastRevision = chained[chained.length - 1]!.revision;
    const lastOrdinal = await index.ordinalOf(streamId, lastRevision);
    if (lastOrdinal === undefined) {
      throw new Error(`appended ${streamId}@${lastRevision} but $all does not show it`);
    }
    // One append is contiguous in the log and in one project stream: consecutive ordinals.
    const firstOrdinal = lastOrdinal - BigInt(chained.length - 1);
    const recorded: RecordedEvent[] = chained.map((event, i) => ({
      ...event,
      globalPosition: firstOrdinal + BigInt(i),
    }));
    return E.right({
      nextExpectedRevision: recorded[recorded.length - 1]!.revision,
      lastGlobalPosition: lastOrdinal,
      events: recorded,
      idempotentReplay: false,
    });
  }
  throw new Error(`append to ${streamId} lost ${MAX_ROUNDS} races in a row`);
};
