import type { EventStoreDBClient, Position } from "@eventstore/db-client";
import { START } from "@eventstore/db-client";
import { isAfter, positionOfResolved, readAllPage } from "../read/pages";
import type { ProjectStreams } from "./streamFilter";

/**
 * Maps EventStoreDB's log to the port's gap-free global positions.
 *
 * The port numbers every project event 0, 1, 2, ... across the store. EventStoreDB's commit
 * positions are byte offsets in its log, shared with system events and other applications,
 * so they have gaps. The global position of an event here is its ordinal among the project's
 * events in `$all` order. `$all` order is fixed once written, so every process computes the
 * same ordinals; the index learns them by scanning `$all` once per process, then only the
 * tail. Events are identified by stream and revision, never by comparing positions from
 * different kinds of reads (servers differ in what positions they report on stream reads).
 * Memory: 16 bytes per project event for its `$all` position, 8 for its stream entry.
 */
export interface PositionIndex {
  /** Scans `$all` to its current end. */
  readonly catchUp: () => Promise<void>;
  /**
   * Global position of a stream's event, scanning the tail of `$all` if it is not indexed yet
   * (a node may report a write before its `$all` shows it, so this retries briefly).
   */
  readonly ordinalOf: (streamId: string, revision: bigint) => Promise<bigint | undefined>;
  /** `$all` position of the project event with this ordinal, if indexed. */
  readonly positionAt: (ordinal: bigint) => Position | undefined;
  /** Number of project events indexed. */
  readonly size: () => bigint;
  /** Last event of any stream the scan has passed: a valid cursor for `$all`. */
  readonly lastScanned: () => Position | undefined;
}

const INITIAL_CAPACITY = 1024;
const LAG_RETRIES = 5;
const LAG_DELAY_MS = 20;

export const createPositionIndex = (
  client: EventStoreDBClient,
  streams: ProjectStreams,
  pageSize: number,
): PositionIndex => {
  let commits = new BigInt64Array(INITIAL_CAPACITY);
  let prepares = new BigInt64Array(INITIAL_CAPACITY);
  let count = 0;
  /** Per stream, the ordinal of each revision. */
  const byStream = new Map<string, number[]>();
  let scanned: Position | undefined;
  let running: Promise<void> = Promise.resolve();

  const add = (position: Position, streamId: string, revision: bigint) => {
    if (count === commits.length) {
      const grownCommits = new BigInt64Array(commits.length * 2);
      const grownPrepares = new BigInt64Array(prepares.length * 2);
      grownCommits.set(commits);
      grownPrepares.set(prepares);
      commits = grownCommits;
      prepares = grownPrepares;
    }
    commits[count] = position.commit;
    prepares[count] = position.prepare;
    const ordinals = byStream.get(streamId) ?? [];
    byStream.set(streamId, ordinals);
    ordinals[Number(revision)] = count;
    count++;
  };

  /** Reads `$all` pages after the last scanned event until a short page says we are at the end. */
  const scanToEnd = async (): Promise<void> => {
    for (;;) {
      const page = await readAllPage(client, scanned ?? START, pageSize + 1);
      let fresh = 0;
      for (const resolved of page) {
        const position = positionOfResolved(resolved);
        if (position === undefined) throw new Error("EventStoreDB returned a $all event without a position");
        if (scanned !== undefined && !isAfter(position, scanned)) continue;
        fresh++;
        const event = resolved.event;
        if (event !== undefined && streams.includes(event.streamId))
          add(position, event.streamId, event.revision);
        scanned = position;
      }
      if (page.length < pageSize + 1 || fresh === 0) return;
    }
  };

  /** One scan at a time: a caller waits for the running scan, then scans what is left. */
  const catchUp = (): Promise<void> => {
    const next = running.then(scanToEnd, scanToEnd);
    running = next.catch(() => undefined);
    return next;
  };

  const lookUp = (streamId: string, revision: bigint): bigint | undefined => {
    const ordinal = byStream.get(streamId)?.[Number(revision)];
    return ordinal === undefined ? undefined : BigInt(ordinal);
  };

  return {
    catchUp,
    ordinalOf: async (streamId, revision) => {
      if (!streams.includes(streamId)) return undefined;
      for (let attempt = 0; attempt <= LAG_RETRIES; attempt++) {
        const known = lookUp(streamId, revision);
        if (known !== undefined) return known;
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, LAG_DELAY_MS));
        await catchUp();
      }
      return lookUp(streamId, revision);
    },
    positionAt: (ordinal) =>
      ordinal >= 0n && ordinal < BigInt(count)
        ? { commit: commits[Number(ordinal)]!, prepare: prepares[Number(ordinal)]! }
        : undefined,
    size: () => BigInt(count),
    lastScanned: () => scanned,
  };
};
