import * as E from "fp-ts/Either";
import type { EventStore, RecordedEvent } from "../port";
import { GENESIS_HASH } from "../port";
import { type ChainBreak, type EventBreak, type EventProblem, storageBreak } from "./chainBreak";
import { recomputeHash } from "./chainHash";
import { recordedFromStored, storedEventAccessOf } from "./storedEvent";

export * from "./chainBreak";

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
  problem: EventProblem,
  expectedHash: string,
  foundHash: string,
  detail: string,
  revision: bigint = event.revision,
): EventBreak => ({
  streamId: event.streamId,
  revision,
  globalPosition: event.globalPosition,
  problem,
  expectedHash,
  foundHash,
  message: `${problem} at ${event.streamId} revision ${revision}: ${detail} (expected hash ${expectedHash}, found ${foundHash})`,
});

/** Checks one event against its stream's head; undefined when it continues the chain correctly. */
const check = (event: RecordedEvent, head: StreamHead | undefined): EventBreak | undefined => {
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

export interface VerifyOptions {
  /**
   * The events are the whole store from global position 0: its global positions must then
   * also be gap-free, which reveals a deleted event even when it was a stream's last.
   */
  readonly wholeStore?: boolean;
}

type Checked = E.Either<EventBreak, RecordedEvent>;

/** A gap in the store's global positions (or a first position below 0), seen at the event after it. */
const globalGap = (event: RecordedEvent, expected: bigint): EventBreak => {
  const at = `${event.streamId} revision ${event.revision}`;
  if (event.globalPosition < expected) {
    return {
      ...breakOf(event, "reordered", event.previousHash, event.hash, ""),
      message: `reordered at ${at}: global position ${event.globalPosition}, but the store's positions start at 0`,
    };
  }
  const missing =
    event.globalPosition - expected > 1n
      ? `global positions ${expected} to ${event.globalPosition - 1n} are`
      : `global position ${expected} is`;
  return {
    ...breakOf(event, "deleted", event.previousHash, event.hash, ""),
    message: `deleted before ${at}: ${missing} missing (events were removed; global positions have no gaps)`,
  };
};

const verifyChecked = async (
  items: AsyncIterable<Checked>,
  options: VerifyOptions,
): Promise<E.Either<EventBreak, ChainSummary>> => {
  const heads = new Map<string, StreamHead>();
  let eventsChecked = 0;
  let lastGlobal: bigint | undefined;
  let pendingGap: { readonly found: EventBreak; readonly lastMissing: bigint } | undefined;
  let globalGapFound: EventBreak | undefined;
  for await (const item of items) {
    if (E.isLeft(item)) return E.left(pendingGap?.found ?? item.left);
    const event = item.right;
    eventsChecked++;
    if (lastGlobal !== undefined && event.globalPosition <= lastGlobal) {
      const problem = event.globalPosition === lastGlobal ? "inserted" : "reordered";
      const detail = `global position ${event.globalPosition} follows ${lastGlobal}`;
      return E.left(pendingGap?.found ?? breakOf(event, problem, event.previousHash, event.hash, detail));
    }
    const expectedGlobal = lastGlobal === undefined ? 0n : lastGlobal + 1n;
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
    } else if (options.wholeStore === true && event.globalPosition !== expectedGlobal) {
      // Reported at the end unless the stream the event was taken from shows a gap: that
      // names the stream and revision, which a global gap cannot.
      globalGapFound ??= globalGap(event, expectedGlobal);
    }
    // After a gap keep following the stream, so that a late arrival can be recognised.
    heads.set(event.streamId, {
      next: event.revision + 1n,
      last: event.hash,
      beforeLast: head?.last,
    });
  }
  const found = pendingGap?.found ?? globalGapFound;
  if (found !== undefined) return E.left(found);
  return E.right({ eventsChecked, streamsChecked: heads.size, lastGlobalPosition: lastGlobal });
};

async function* unchecked(events: AsyncIterable<RecordedEvent>): AsyncGenerator<Checked> {
  for await (const event of events) yield E.right(event);
}

/**
 * Verifies the hash chains of events read in store order (all streams interleaved by global
 * position, or one stream by revision). Global positions must rise strictly in both orders.
 * Keeps only each stream's last two hashes in memory. A revision gap is reported as `deleted`
 * unless the missing revision turns up later in the same read, which makes it `reordered`.
 */
export const verifyChain = (
  events: AsyncIterable<RecordedEvent>,
  options: VerifyOptions = {},
): Promise<E.Either<EventBreak, ChainSummary>> => verifyChecked(unchecked(events), options);

export interface VerifyStoreOptions {
  readonly streamId?: string;
  /** Stop after this global position (whole store) or revision (one stream). */
  readonly until?: bigint;
  /** Called with each event that verified, in order (checkpoints build their head from it). */
  readonly onEvent?: (event: RecordedEvent) => void;
}

type ReadableStore = Pick<EventStore, "readAll" | "readStream">;

async function* upTo(items: AsyncIterable<Checked>, options: VerifyStoreOptions): AsyncGenerator<Checked> {
  const keyOf = (e: RecordedEvent) => (options.streamId === undefined ? e.globalPosition : e.revision);
  for await (const item of items) {
    if (E.isRight(item)) {
      if (options.until !== undefined && keyOf(item.right) > options.until) return;
      options.onEvent?.(item.right);
    }
    yield item;
  }
}

/**
 * Verifies one stream (by revision) or, without `streamId`, the whole store (by global
 * position). An adapter that stores text (`storedEvents`) is verified on what it stores: its
 * own consistency check first (the same for one stream as for the whole store, so that both
 * see damage anywhere in the file), then every row: columns, JSON text exactly as hashed,
 * the command id column, then the chain.
 */
export const verifyStore = async (
  store: ReadableStore,
  options: VerifyStoreOptions = {},
): Promise<E.Either<ChainBreak, ChainSummary>> => {
  const { streamId } = options;
  const access = storedEventAccessOf(store);
  let items: AsyncIterable<Checked>;
  if (access === undefined) {
    items = unchecked(streamId === undefined ? store.readAll() : store.readStream(streamId));
  } else {
    const findings = await access.checkStorage();
    if (findings.length > 0) return E.left(storageBreak(findings));
    const form = await access.textForm();
    items = (async function* () {
      for await (const row of access.read(streamId === undefined ? {} : { streamId })) {
        yield recordedFromStored(row, form);
      }
    })();
  }
  return verifyChecked(upTo(items, options), { wholeStore: streamId === undefined });
};
