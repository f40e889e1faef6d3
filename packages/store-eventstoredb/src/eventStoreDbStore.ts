import type { EventStoreDBClient } from "@eventstore/db-client";
import {
  type EventStore,
  type HasHeadPosition,
  type HasMerkleLog,
  type HasProjectionCheckpoints,
  type Subscription,
  merkleLogFromAll,
} from "@grant-ledger/event-store";
import { appendToStream } from "./append/appendToStream";
import { createProjectionCheckpoints } from "./checkpoint/projectionCheckpoints";
import { clientFromConnectionString } from "./connection/connection";
import { createReachability } from "./connection/reachability";
import { createPositionIndex } from "./position/positionIndex";
import { DEFAULT_STREAM_PREFIXES, projectStreams } from "./position/streamFilter";
import { readAllEvents } from "./read/readAll";
import { readStreamEvents } from "./read/readStream";
import { DEFAULT_RESUBSCRIBE, type ResubscribePolicy } from "./subscription/backoff";
import { subscribeToAll } from "./subscription/subscribeToAll";

export interface EventStoreDbStoreOptions {
  /** Stream name prefixes that make up the project (default `agreement-`). */
  readonly streamPrefixes?: readonly string[];
  /** Events per server read (default 256). */
  readonly pageSize?: number;
  readonly resubscribe?: Partial<ResubscribePolicy>;
  /** Named in `StoreUnreachable` errors (default: the client's connection name). */
  readonly url?: string;
}

export interface EventStoreDbStore
  extends EventStore,
    HasProjectionCheckpoints,
    HasHeadPosition,
    HasMerkleLog {
  readonly client: EventStoreDBClient;
}

/** An EventStore on an EventStoreDB client; `close` disposes the client. */
export const createEventStoreDbStore = (
  client: EventStoreDBClient,
  options: EventStoreDbStoreOptions = {},
): EventStoreDbStore => {
  const streams = projectStreams(options.streamPrefixes ?? DEFAULT_STREAM_PREFIXES);
  const pageSize = options.pageSize ?? 256;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error("page size must be a positive integer");
  const resubscribe = { ...DEFAULT_RESUBSCRIBE, ...options.resubscribe };
  const index = createPositionIndex(client, streams, pageSize);
  const subscriptions = new Set<Subscription>();
  const reach = createReachability(options.url ?? client.connectionName);
  let closed = false;
  const ensureOpen = () => {
    if (closed) throw new Error("the EventStoreDB event store is closed");
  };

  const readAll: EventStore["readAll"] = (readOptions = {}) => {
    ensureOpen();
    return reach.iterate(() => readAllEvents(client, index, streams, readOptions, pageSize));
  };

  return {
    client,
    // Computed from `$all`, not kept in a stream of its own: see the README's "The Merkle log".
    merkle: merkleLogFromAll(readAll),
    projectionCheckpoints: createProjectionCheckpoints(client),
    headPosition: async () => {
      ensureOpen();
      await reach.call(() => index.catchUp());
      const size = index.size();
      return size === 0n ? undefined : size - 1n;
    },
    appendToStream: async (streamId, events, expected) => {
      ensureOpen();
      if (!streams.includes(streamId)) {
        throw new Error(
          `stream ${streamId} is outside the project's prefixes ${streams.prefixes.join(", ")}`,
        );
      }
      return reach.call(() => appendToStream({ client, index, pageSize }, streamId, events, expected));
    },
    readStream: (streamId, readOptions = {}) => {
      ensureOpen();
      return reach.iterate(() => readStreamEvents(client, index, streamId, readOptions, pageSize));
    },
    readAll,
    subscribeToAll: (fromPosition, handlers) => {
      ensureOpen();
      const subscription = subscribeToAll({ client, index, streams, resubscribe }, fromPosition, handlers);
      const tracked: Subscription = {
        stop: async () => {
          subscriptions.delete(tracked);
          await subscription.stop();
        },
      };
      subscriptions.add(tracked);
      return tracked;
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.stop()));
      await client.dispose();
    },
  };
};

/** Opens a store from an `esdb://` or `esdb+discover://` connection string. */
export const openEventStoreDbStore = (
  connectionString: string,
  options: EventStoreDbStoreOptions = {},
): EventStoreDbStore =>
  createEventStoreDbStore(clientFromConnectionString(connectionString), {
    url: connectionString,
    ...options,
  });
