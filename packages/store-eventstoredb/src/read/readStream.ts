import type { EventStoreDBClient, Position, ResolvedEvent } from "@eventstore/db-client";
import { END, START } from "@eventstore/db-client";
import type { ReadStreamOptions, RecordedEvent } from "@grant-ledger/event-store";
import { UNKNOWN_GLOBAL_POSITION, recordedOrThrow } from "../events/storedEvent";
import type { PositionIndex } from "../position/positionIndex";
import { readStreamPage } from "./pages";

/** EventStoreDB's "no position" marker on stream reads from some server versions: 2^64 - 1. */
const NO_POSITION = 18446744073709551615n;

const knownPosition = (resolved: ResolvedEvent): Position | undefined => {
  const position = resolved.event?.position;
  return position === undefined || position.commit === NO_POSITION ? undefined : position;
};

/** Gives a page of stream events their global positions, scanning `$all` as far as needed. */
export const withGlobalPositions = async (
  index: PositionIndex,
  page: readonly ResolvedEvent[],
): Promise<RecordedEvent[]> => {
  const positions = page.map(knownPosition);
  const furthest = positions.reduce<Position | undefined>(
    (max, p) => (p === undefined || (max !== undefined && max.commit >= p.commit) ? max : p),
    undefined,
  );
  if (furthest !== undefined) await index.ensureThrough(furthest);
  return page.map((resolved, i) => {
    const position = positions[i];
    const ordinal = position === undefined ? undefined : index.ordinalOf(position);
    return recordedOrThrow(resolved, ordinal ?? UNKNOWN_GLOBAL_POSITION);
  });
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
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  let from: bigint | typeof START | typeof END = options.from ?? (backwards ? END : START);
  while (remaining > 0) {
    const size = Math.min(pageSize, remaining);
    const page = await readStreamPage(client, streamId, { from, backwards, maxCount: size });
    for (const event of await withGlobalPositions(index, page)) yield event;
    remaining -= page.length;
    const last = page[page.length - 1]?.event;
    if (page.length < size || last === undefined) return;
    if (backwards && last.revision === 0n) return;
    from = backwards ? last.revision - 1n : last.revision + 1n;
  }
}
