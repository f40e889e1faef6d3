import type { EventStore, RecordedEvent } from "@grant-ledger/event-store";

/**
 * The ledger as one tenancy sees it: only the given streams, read only. The register of
 * agreements is folded over it, so the report (its rows, totals and stamped checkpoint) is
 * made of nothing outside the caller's tenancy; the store itself is left open.
 */
export const tenancyLedger = (store: EventStore, streams: ReadonlySet<string>): EventStore => {
  async function* only(events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>) {
    for await (const e of events) if (streams.has(e.streamId)) yield e;
  }
  return {
    appendToStream: () => Promise.reject(new Error("a tenancy's view of the ledger is read only")),
    readStream: (streamId, options) =>
      streams.has(streamId) ? store.readStream(streamId, options) : only([]),
    readAll: (options) => only(store.readAll(options)),
    subscribeToAll: (from, handlers) =>
      store.subscribeToAll(from, {
        ...handlers,
        onEvent: (e) => (streams.has(e.streamId) ? handlers.onEvent(e) : undefined),
      }),
    close: async () => undefined,
  };
};
