import * as E from "fp-ts/Either";
import type { EventStore, RecordedEvent } from "../port";
import { GENESIS_HASH } from "../port";
import { recomputeHash } from "./chainHash";

/**
 * - `edited`: the stored hash is not the hash of the stored fields.
 * - `deleted`: a revision is missing (a gap in the stream).
 * - `inserted`: a revision or global position occurs twice, or the chain skips an event
 *   (the next event links to the one before it).
 * - `reordered`: a missing revision turns up later in the read, or global positions go
 *   backwards (within a stream read by revision).
 * - `broken-link`: the event links to a hash no stored event has: an earlier event was
 *   rewritten and rehashed, or removed and the rest renumbered.
 */
export type ChainProblem = "edited" | "deleted" | "inserted" | "reordered" | "broken-link";

export interface ChainBreak {
  readonly streamId: string;
  readonly revision: bigint;
  readonly globalPosition: bigint;
  readonly problem: ChainProblem;
  readonly expectedHash: string;
  readonly foundHash: string;
  readonly message: string;
}

export interface ChainSummary {
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  /** Global position of the last event checked, if any. */
  readonly lastGlobalPosition: bigint | undefined;
}

interface StreamHead {
  next: bigint;
  last: string;
  beforeLast: string | undefined;
}

const breakOf = (
  event: RecordedEvent,
  problem: ChainProblem,
  expectedHash: string,
  foundHash: string,
  detail: string,
  revision: bigint = event.revision,
): ChainBreak => ({
  streamId: event.streamId,
  revision,
  globalPosition: event.globalPosition,
  problem,
  expectedHash,
  foundHash,
  message: `${problem} at ${event.streamId} revision ${revision}: ${detail} (expected hash ${expectedHash}, found ${foundHash})`,
});

/** Checks one event against its stream's head; undefined when it continues the chain correctly. */
const check = (event: RecordedEvent, head: StreamHead | undefined): ChainBreak | undefined => {
  const next = head?.next ?? 0n;
  const last = head?.last ?? GENESIS_HASH;
  if (event.revision < next) {
    return breakOf(event, "inserted", last, event.hash, `revision ${event.revision} occurs twice`);
  }
  if (event.revision > next) {
    return breakOf(
      event,
      "deleted",
      last,
      event.previousHash,
      `revision ${next} is missing (next stored is ${event.revision})`,
      next,
    );
  }
  if (event.previousHash !== last) {
    return head?.beforeLast !== undefined && event.previousHash === head.beforeLast
      ? breakOf(
          event,
          "inserted",
          last,
          event.previousHash,
          `revision ${event.revision} links past revision ${event.revision - 1n}, which does not belong to the chain`,
          event.revision - 1n,
        )
      : breakOf(event, "broken-link", last, event.previousHash, "the previous hash matches no earlier event");
  }
  const recomputed = recomputeHash(event);
  if (recomputed !== event.hash) {
    return breakOf(
      event,
      "edited",
      recomputed,
      event.hash,
      "the stored hash does not match the event's content",
    );
  }
  return undefined;
};

/**
 * Verifies the hash chains of events read in store order (all streams interleaved by global
 * position, or one stream by revision). Global positions must rise strictly in both orders. Keeps only each stream's last two hashes in memory.
 * A revision gap is reported as `deleted` unless the missing revision turns up later in the
 * same read, which makes it `reordered`.
 */
export const verifyChain = async (
  events: AsyncIterable<RecordedEvent>,
): Promise<E.Either<ChainBreak, ChainSummary>> => {
  const heads = new Map<string, StreamHead>();
  let eventsChecked = 0;
  let lastGlobal: bigint | undefined;
  let pendingGap: { readonly found: ChainBreak; readonly lastMissing: bigint } | undefined;

  for await (const event of events) {
    eventsChecked++;
    if (lastGlobal !== undefined && event.globalPosition <= lastGlobal) {
      const problem = event.globalPosition === lastGlobal ? "inserted" : "reordered";
      const detail = `global position ${event.globalPosition} follows ${lastGlobal}`;
      return E.left(pendingGap?.found ?? breakOf(event, problem, event.previousHash, event.hash, detail));
    }
    lastGlobal = event.globalPosition;
    if (
      pendingGap !== undefined &&
      event.streamId === pendingGap.found.streamId &&
      event.revision >= pendingGap.found.revision &&
      event.revision <= pendingGap.lastMissing
    ) {
      const { found } = pendingGap;
      return E.left({
        ...found,
        problem: "reordered",
        message: found.message.replace(/^deleted/, "reordered"),
      });
    }
    const head = heads.get(event.streamId);
    const found = check(event, head);
    if (found !== undefined) {
      if (pendingGap !== undefined) return E.left(pendingGap.found);
      if (found.problem !== "deleted") return E.left(found);
      pendingGap = { found, lastMissing: event.revision - 1n };
    }
    // After a gap keep following the stream, so that a late arrival can be recognised.
    heads.set(event.streamId, {
      next: event.revision + 1n,
      last: event.hash,
      beforeLast: head?.last,
    });
  }
  if (pendingGap !== undefined) return E.left(pendingGap.found);
  return E.right({ eventsChecked, streamsChecked: heads.size, lastGlobalPosition: lastGlobal });
};

/** Verifies one stream (by revision) or, without `streamId`, the whole store (by global position). */
export const verifyStore = (
  store: Pick<EventStore, "readAll" | "readStream">,
  options: { readonly streamId?: string } = {},
): Promise<E.Either<ChainBreak, ChainSummary>> =>
  verifyChain(options.streamId === undefined ? store.readAll() : store.readStream(options.streamId));
