import type { EventStoreDBClient, Position } from "@eventstore/db-client";
import { START } from "@eventstore/db-client";
import { isAfter, positionOfResolved, readAllPage, samePosition } from "../read/pages";
import type { ProjectStreams } from "./streamFilter";

/**
 * Maps EventStoreDB log positions to the port's gap-free global positions.
 *
 * The port numbers every project event 0, 1, 2, ... across the store. EventStoreDB's commit
 * positions are byte offsets in its log, shared with system events and other applications,
 * so they have gaps. The global position of an event here is its ordinal among the project's
 * events in `$all` order. `$all` order is fixed once written, so every process computes the
 * same ordinals; the index learns them by scanning `$all` once per process, then only the
 * tail. It keeps 16 bytes per project event in memory.
 */
export interface PositionIndex {
  /** Scans `$all` to its current end. */
  readonly catchUp: () => Promise<void>;
  /** Scans until the index has seen `position` (an event's own position). */
  readonly ensureThrough: (position: Position) => Promise<void>;
  /** Ordinal of the project event at `position`, if indexed. */
  readonly ordinalOf: (position: Position) => bigint | undefined;
  /** Log position of the project event with this ordinal, if indexed. */
  readonly positionAt: (ordinal: bigint) => Position | undefined;
  /** Number of project events indexed. */
  readonly size: () => bigint;
  /** Last event of any stream the scan has passed: a valid cursor for `$all`. */
  readonly lastScanned: () => Position | undefined;
}

const INITIAL_CAPACITY = 1024;

export const createPositionIndex = (
  client: EventStoreDBClient,
  streams: ProjectStreams,
  pageSize: number,
): PositionIndex => {
  let commits = new BigInt64Array(INITIAL_CAPACITY);
  let prepares = new BigInt64Array(INITIAL_CAPACITY);
  let count = 0;
  let scanned: Position | undefined;
  let running: Promise<void> = Promise.resolve();

  const add = (position: Position) => {
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
    count++;
  };

  /** Reads `$all` pages after the last scanned event until a short page says we are at the end. */
  const scanToEnd = async (): Promise<void> => {
    for (;;) {
      const from = scanned;
      const page = await readAllPage(client, from ?? START, pageSize + 1);
      let fresh = 0;
      for (const resolved of page) {
        const position = positionOfResolved(resolved);
        if (position === undefined) throw new Error("EventStoreDB returned a $all event without a position");
        if (scanned !== undefined && !isAfter(position, scanned)) continue;
        fresh++;
        if (resolved.event !== undefined && streams.includes(resolved.event.streamId)) add(position);
        scanned = position;
      }
      if (page.length < pageSize + 1 || fresh === 0) return;
    }
  };

  /** One scan at a time: concurrent callers share the running one and then check again. */
  const serialised = (work: () => Promise<void>): Promise<void> => {
    const next = running.then(work, work);
    running = next.catch(() => undefined);
    return next;
  };

  const search = (position: Position): number => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = { commit: commits[mid]!, prepare: prepares[mid]! };
      if (isAfter(position, at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    catchUp: () => serialised(scanToEnd),
    ensureThrough: async (position) => {
      if (scanned !== undefined && !isAfter(position, scanned)) return;
      await serialised(async () => {
        if (scanned === undefined || isAfter(position, scanned)) await scanToEnd();
      });
    },
    ordinalOf: (position) => {
      const at = search(position);
      if (at >= count) return undefined;
      return samePosition({ commit: commits[at]!, prepare: prepares[at]! }, position)
        ? BigInt(at)
        : undefined;
    },
    positionAt: (ordinal) =>
      ordinal >= 0n && ordinal < BigInt(count)
        ? { commit: commits[Number(ordinal)]!, prepare: prepares[Number(ordinal)]! }
        : undefined,
    size: () => BigInt(count),
    lastScanned: () => scanned,
  };
};
