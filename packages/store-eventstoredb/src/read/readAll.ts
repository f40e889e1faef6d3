import type { EventStoreDBClient, Position } from "@eventstore/db-client";
import { START } from "@eventstore/db-client";
import type { ReadAllOptions, RecordedEvent } from "@grant-ledger/event-store";
import { recordedOrThrow } from "../events/storedEvent";
import type { PositionIndex } from "../position/positionIndex";
import type { ProjectStreams } from "../position/streamFilter";
import { isAfter, positionOfResolved, readAllPage } from "./pages";

/** Where reading `$all` for a global position starts, and the ordinal of the next project event. */
export interface AllStart {
  readonly cursor: Position | undefined;
  /** Whether the event at `cursor` is itself wanted (else it was already counted). */
  readonly inclusive: boolean;
  readonly nextOrdinal: bigint;
}

/** Translates a global position into a `$all` cursor, after bringing the index up to date. */
export const startFor = async (index: PositionIndex, fromPosition: bigint): Promise<AllStart> => {
  await index.catchUp();
  const at = index.positionAt(fromPosition);
  if (at !== undefined) return { cursor: at, inclusive: true, nextOrdinal: fromPosition };
  return { cursor: index.lastScanned(), inclusive: false, nextOrdinal: index.size() };
};

/**
 * Project events of `$all` from `start`, numbered by counting. Ends at the end of the log as
 * it is while paging.
 */
export async function* readAllFrom(
  client: EventStoreDBClient,
  streams: ProjectStreams,
  start: AllStart,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  let cursor = start.cursor;
  let inclusive = start.inclusive;
  let ordinal = start.nextOrdinal;
  for (;;) {
    const page = await readAllPage(client, cursor ?? START, pageSize + 1);
    let fresh = 0;
    for (const resolved of page) {
      const position = positionOfResolved(resolved);
      if (position === undefined) throw new Error("EventStoreDB returned a $all event without a position");
      if (cursor !== undefined && !(inclusive ? !isAfter(cursor, position) : isAfter(position, cursor)))
        continue;
      fresh++;
      inclusive = false;
      cursor = position;
      if (resolved.event === undefined || !streams.includes(resolved.event.streamId)) continue;
      yield recordedOrThrow(resolved, ordinal);
      ordinal++;
    }
    if (page.length < pageSize + 1 || fresh === 0) return;
  }
}

export async function* readAllEvents(
  client: EventStoreDBClient,
  index: PositionIndex,
  streams: ProjectStreams,
  options: ReadAllOptions,
  pageSize: number,
): AsyncGenerator<RecordedEvent> {
  const fromPosition = options.fromPosition ?? 0n;
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (remaining <= 0) return;
  const start = await startFor(index, fromPosition);
  for await (const event of readAllFrom(client, streams, start, pageSize)) {
    if (event.globalPosition < fromPosition) continue;
    yield event;
    if (--remaining <= 0) return;
  }
}
