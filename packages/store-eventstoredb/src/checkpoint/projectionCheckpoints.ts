import type { EventStoreDBClient } from "@eventstore/db-client";
import { BACKWARDS, END, StreamNotFoundError, jsonEvent } from "@eventstore/db-client";
import type { JsonValue, ProjectionCheckpoint, ProjectionCheckpointStore } from "@grant-ledger/event-store";
import * as t from "io-ts";

export const CHECKPOINT_STREAM_PREFIX = "grant-ledger-projection-";

const SAVED = "ProjectionCheckpointSaved";
const CLEARED = "ProjectionCheckpointCleared";

const JsonValueCodec = new t.Type<JsonValue, JsonValue, unknown>(
  "JsonValue",
  (u): u is JsonValue => u !== undefined,
  (u, c) => (u === undefined ? t.failure(u, c) : t.success(u as JsonValue)),
  t.identity,
);

/** The position travels as a decimal string: JSON numbers lose bigints above 2^53. */
const SavedData = t.type({ position: t.string, state: JsonValueCodec });

/** Reads the newest event of a stream in full (leaving a client read early keeps its call open). */
const newest = async (client: EventStoreDBClient, stream: string) => {
  const found = [];
  try {
    for await (const resolved of client.readStream(stream, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1,
    })) {
      found.push(resolved);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return undefined;
    throw error;
  }
  return found[0]?.event;
};

/**
 * Projection checkpoints as events in `grant-ledger-projection-<name>`, outside the project's
 * stream prefixes so they take no global position. (Not a `$` stream: those are system
 * streams that only admins may write.) One event carries state and position together, so a
 * save is atomic; the newest event is the checkpoint, and `$maxCount` 1 on the stream lets the
 * server scavenge the older ones. `clear` writes a cleared marker.
 */
export const createProjectionCheckpoints = (client: EventStoreDBClient): ProjectionCheckpointStore => {
  const streamOf = (projection: string) => `${CHECKPOINT_STREAM_PREFIX}${projection}`;
  const limited = new Set<string>();
  const write = async (projection: string, type: string, data: { [key: string]: JsonValue }) => {
    const stream = streamOf(projection);
    await client.appendToStream(stream, jsonEvent({ type, data }));
    if (!limited.has(stream)) {
      await client.setStreamMetadata(stream, { maxCount: 1 });
      limited.add(stream);
    }
  };
  return {
    load: async (projection): Promise<ProjectionCheckpoint | undefined> => {
      const event = await newest(client, streamOf(projection));
      if (event === undefined || event.type === CLEARED) return undefined;
      if (event.type !== SAVED || !SavedData.is(event.data)) {
        throw new Error(`checkpoint of projection ${projection} is unreadable (${event.type})`);
      }
      return { position: BigInt(event.data.position), state: event.data.state };
    },
    save: (projection, checkpoint) =>
      write(projection, SAVED, { position: checkpoint.position.toString(10), state: checkpoint.state }),
    clear: (projection) => write(projection, CLEARED, {}),
  };
};
