import type { EventStoreDBClient, Position, ResolvedEvent } from "@eventstore/db-client";
import { BACKWARDS, type END, FORWARDS, type START, StreamNotFoundError } from "@eventstore/db-client";

/** Where a `$all` read starts: a position taken from an event, or the start. */
export type AllCursor = Position | typeof START;

/**
 * One bounded page of `$all` in log order. Every event is returned, project or not: the
 * client (v6) has no server-side filter for plain reads, and positions of foreign events are
 * needed as cursors too. The server includes the event at `from`, so callers skip it.
 */
export const readAllPage = async (
  client: EventStoreDBClient,
  from: AllCursor,
  maxCount: number,
): Promise<ResolvedEvent[]> => {
  const page: ResolvedEvent[] = [];
  for await (const resolved of client.readAll({ fromPosition: from, maxCount, direction: FORWARDS })) {
    page.push(resolved as ResolvedEvent);
  }
  return page;
};

export interface StreamPageRequest {
  readonly from: bigint | typeof START | typeof END;
  readonly backwards: boolean;
  readonly maxCount: number;
}

/** One bounded page of a stream; a stream that does not exist is an empty page. */
export const readStreamPage = async (
  client: EventStoreDBClient,
  streamId: string,
  request: StreamPageRequest,
): Promise<ResolvedEvent[]> => {
  const page: ResolvedEvent[] = [];
  try {
    for await (const resolved of client.readStream(streamId, {
      fromRevision: request.from,
      maxCount: request.maxCount,
      direction: request.backwards ? BACKWARDS : FORWARDS,
    })) {
      page.push(resolved);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return page;
};

export const positionOfResolved = (resolved: ResolvedEvent): Position | undefined => resolved.event?.position;

export const samePosition = (a: Position, b: Position): boolean =>
  a.commit === b.commit && a.prepare === b.prepare;

export const isAfter = (a: Position, b: Position): boolean =>
  a.commit > b.commit || (a.commit === b.commit && a.prepare > b.prepare);
