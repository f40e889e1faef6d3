import type { EventStoreDBClient, ResolvedEvent } from "@eventstore/db-client";
import { END, START } from "@eventstore/db-client";
import { type ReadStreamOptions, type RecordedEvent, pastBound, readLimit } from "@grant-ledger/event-store";
import { UNKNOWN_GLOBAL_POSITION, recordedOrThrow } from "../events/storedEvent";
import type { PositionIndex } from "../position/positionIndex";
import { readStreamPage } from "./pages";

/**
 * Gives stream events their global positions. Revisions within a page are contiguous, so one
 * lookup of the newest (scanning `$all` if needed) makes the rest cheap.
 */
export const withGlobalPositions = async (
  index: PositionIndex,
  page: readonly ResolvedEvent[],
): Promise<RecordedEvent[]> => {
  const newest = page.reduce<ResolvedEvent | undefined>(
    (max, r) =>
      max?.event === undefined || (r.event !== undefined && r.event.revision > max.event.revision) ? r : max,
    undefined,
  );
  if (newest?.event !== undefined) await index.ordinalOf(newest.event.streamId, newest.event.revision);
  const recorded: RecordedEvent[] = [];
  for (const resolved of page) {
    const stored = resolved.event;
    const ordinal =
      stored === undefined ? undefined : await index.ordinalOf(stored.streamId, stored.revision);
    recorded.push(recordedOrThrow(resolved, ordinal ?? UNKNOWN_GLOBAL_POSITION));
  }
  return recorded;
};

/** Pages through one stream in either direction; a missing stream yields nothing. */
export async function* readStreamEvents(
  client: EventStoreDBClient,
  index: PositionIndex,
  streamId: string,
  options: ReadStreamOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  const backwards = options.direction === "backwards";
  let remaining = readLimit(options);
  let from: bigint | typeof START | typeof END = options.from ?? (backwards ? END : START);
  while (remaining > 0) {
    const size = Math.min(pageSize, remaining);
    const page = await readStreamPage(client, streamId, { from, backwards, maxCount: size });
    for (const event of await withGlobalPositions(index, page)) {
      if (pastBound(options, event.revision)) return;
      yield event;
    }
    remaining -= page.length;
    const last = page[page.length - 1]?.event;
    if (page.length < size || last === undefined) return;
    if (backwards && last.revision === 0n) return;
    from = backwards ? last.revision - 1n : last.revision + 1n;
  }
}
