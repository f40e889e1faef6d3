/**
 * Emmett's SQLite event store with one connection kept open. Emmett 0.38.5 as shipped
 * (`getSQLiteEventStore`) opens a connection for every operation and closes it after, and its
 * operations share one variable for it, so concurrent clients close each other's connection.
 * This is the same store built from Emmett's own exported parts (its connection, schema,
 * `readStream` and `appendToStream` SQL) on one connection that stays open.
 *
 * Appends are queued one at a time: Emmett's `withTransaction` counts nesting per
 * connection, so two overlapping appends on one connection would share one transaction and the
 * first would resolve before anything was committed. Queued, each append is acknowledged
 * after its own COMMIT, as grant-ledger's are (grant-ledger commits a batch of concurrent
 * appends in one transaction instead: group commit).
 */
import {
  type AggregateStreamOptions,
  type Event,
  type EventStore,
  ExpectedVersionConflictError,
  NO_CONCURRENCY_CHECK,
  type ReadStreamOptions,
} from "@event-driven-io/emmett";
import {
  type SQLiteReadEventMetadata,
  appendToStream,
  createEventStoreSchema,
  readStream,
  sqliteConnection,
} from "@event-driven-io/emmett-sqlite";

export interface OpenEmmettStore extends EventStore<SQLiteReadEventMetadata> {
  close(): void;
}

export const openEmmettOneConnection = async (fileName: string): Promise<OpenEmmettStore> => {
  const connection = sqliteConnection({ fileName });
  await createEventStoreSchema(connection);
  let appends: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = appends.then(work, work);
    appends = next.catch(() => undefined);
    return next;
  };
  const store: OpenEmmettStore = {
    close: () => connection.close(),
    async aggregateStream<State, EventType extends Event>(
      streamName: string,
      options: AggregateStreamOptions<State, EventType, SQLiteReadEventMetadata>,
    ) {
      const read = await readStream<EventType>(connection, streamName, options.read);
      let state = options.initialState();
      for (const event of read.events) if (event) state = options.evolve(state, event);
      return { currentStreamVersion: read.currentStreamVersion, state, streamExists: read.streamExists };
    },
    readStream: <EventType extends Event>(streamName: string, options?: ReadStreamOptions<bigint>) =>
      readStream<EventType>(connection, streamName, options),
    appendToStream: <EventType extends Event>(
      streamName: string,
      events: EventType[],
      options?: Parameters<EventStore["appendToStream"]>[2],
    ) =>
      queued(async () => {
        const streamType = streamName.split("-")[0] ?? "emt:unknown";
        const result = await appendToStream(connection, streamName, streamType, events, options);
        if (!result.success) {
          throw new ExpectedVersionConflictError(-1n, options?.expectedStreamVersion ?? NO_CONCURRENCY_CHECK);
        }
        return {
          nextExpectedStreamVersion: result.nextStreamPosition,
          lastEventGlobalPosition: result.lastGlobalPosition,
          createdNewStream: result.nextStreamPosition === BigInt(events.length),
        };
      }),
  };
  return store;
};
