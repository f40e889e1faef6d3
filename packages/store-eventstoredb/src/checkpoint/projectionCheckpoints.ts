import type { EventStoreDBClient } from "@eventstore/db-client";
import { BACKWARDS, END, StreamNotFoundError, jsonEvent } from "@eventstore/db-client";
import * as t from "io-ts";

/** Where a projection records how far it has processed the store. */
export interface ProjectionCheckpoints {
  /** Global position of the last event the projection processed, if it ever saved one. */
  readonly load: (projection: string) => Promise<bigint | undefined>;
  readonly save: (projection: string, position: bigint) => Promise<void>;
}

export const CHECKPOINT_STREAM_PREFIX = "grant-ledger-projection-";

const CheckpointData = t.type({ position: t.string });

/**
 * Checkpoints as events in `grant-ledger-projection-<name>`, outside the project's stream
 * prefixes so they take no global position. (Not a `$` stream: those are system streams that
 * only admins may write.) The latest event is the checkpoint; `$maxCount` 1 on the stream
 * lets the server scavenge older ones.
 */
export const createProjectionCheckpoints = (client: EventStoreDBClient): ProjectionCheckpoints => {
  const streamOf = (projection: string) => `${CHECKPOINT_STREAM_PREFIX}${projection}`;
  const limited = new Set<string>();
  return {
    load: async (projection) => {
      // Read to the end of the (one-event) result: leaving a client read early leaves its
      // gRPC call open until the client is disposed.
      const found: unknown[] = [];
      try {
        for await (const resolved of client.readStream(streamOf(projection), {
          fromRevision: END,
          direction: BACKWARDS,
          maxCount: 1,
        })) {
          found.push(resolved.event?.data);
        }
      } catch (error) {
        if (error instanceof StreamNotFoundError) return undefined;
        throw error;
      }
      if (found.length === 0) return undefined;
      const data = found[0];
      if (!CheckpointData.is(data)) throw new Error(`checkpoint of ${projection} is unreadable`);
      return BigInt(data.position);
    },
    save: async (projection, position) => {
      const stream = streamOf(projection);
      await client.appendToStream(
        stream,
        jsonEvent({ type: "ProjectionCheckpointed", data: { position: position.toString(10) } }),
      );
      if (!limited.has(stream)) {
        await client.setStreamMetadata(stream, { maxCount: 1 });
        limited.add(stream);
      }
    },
  };
};
