import { createMemoryMerkleTree } from "@grant-ledger/merkle";
import * as E from "fp-ts/Either";
import { chainEventsSerialised } from "../chain/chainHash";
import { eventLeaf, eventLeafFromJson } from "../merkle/eventLeaf";
import { merkleLogFromNodes } from "../merkle/nodesLog";
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  HasMerkleLog,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamRevision,
  WrongExpectedRevision,
} from "../port";
import { GENESIS_HASH, pastBound, readLimit } from "../port";
import { type HasSnapshotStore, createInMemorySnapshotStore } from "../snapshot";
import { createAppendSignal, createCatchUpSubscription } from "../subscription/catchUp";
import { expectationMet } from "./expectation";
import { pageThrough } from "./paging";

export interface InMemoryEventStoreOptions {
  /**
   * Events to start from, taken as they are (not re-hashed, not checked): tests build
   * tampered stores this way. Ordered by global position, and by revision within a stream.
   */
  readonly records?: readonly RecordedEvent[];
  /** Events copied per page by reads. */
  readonly pageSize?: number;
}

export interface InMemoryEventStore extends EventStore, HasMerkleLog, HasSnapshotStore {
  /** Global position of the last stored event, undefined when empty. */
  headPosition(): Promise<bigint | undefined>;
  /** A copy of everything stored, in global order. */
  records(): RecordedEvent[];
}

const byGlobalPosition = (a: RecordedEvent, b: RecordedEvent) =>
  a.globalPosition < b.globalPosition ? -1 : a.globalPosition > b.globalPosition ? 1 : 0;
const byRevision = (a: RecordedEvent, b: RecordedEvent) =>
  a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0;

/** First index in a sorted list whose key is >= `key`. */
const lowerBound = (
  list: readonly RecordedEvent[],
  key: bigint,
  keyOf: (e: RecordedEvent) => bigint,
): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

export const createInMemoryEventStore = (options: InMemoryEventStoreOptions = {}): InMemoryEventStore => {
  const pageSize = options.pageSize ?? 256;
  const all: RecordedEvent[] = [...(options.records ?? [])].sort(byGlobalPosition);
  const streams = new Map<string, RecordedEvent[]>();
  /** Per stream: command id → the batch of events its first append wrote. */
  const commands = new Map<string, Map<string, RecordedEvent[]>>();
  const signal = createAppendSignal();
  const subscriptions = new Set<{ stop(): Promise<void> }>();
  let closed = false;

  const index = (batch: readonly RecordedEvent[]) => {
    for (const event of batch) {
      const stream = streams.get(event.streamId) ?? [];
      stream.push(event);
      streams.set(event.streamId, stream);
      const ids = commands.get(event.streamId) ?? new Map<string, RecordedEvent[]>();
      commands.set(event.streamId, ids);
      const original = ids.get(event.metadata.commandId);
      if (original === undefined) ids.set(event.metadata.commandId, [event]);
      else if (original[original.length - 1]?.revision === event.revision - 1n) original.push(event);
    }
  };
  index(all);
  for (const stream of streams.values()) stream.sort(byRevision);
  // Over the given records as they are, so a tampered store has the tree its events make.
  const tree = createMemoryMerkleTree(all.map(eventLeaf));

  const ensureOpen = () => {
    if (closed) throw new Error("the in-memory event store is closed");
  };

  const currentRevision = (streamId: string): StreamRevision => {
    const stream = streams.get(streamId);
    const last = stream?.[stream.length - 1];
    return last === undefined ? "no-stream" : last.revision;
  };

  const appendToStream = async (
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<E.Either<WrongExpectedRevision, AppendResult>> => {
    ensureOpen();
    const actual = currentRevision(streamId);
    const commandId = events[0]?.metadata.commandId;
    const original = commandId === undefined ? undefined : commands.get(streamId)?.get(commandId);
    if (original !== undefined && original.length > 0) {
      return E.right({
        nextExpectedRevision: actual === "no-stream" ? -1n : actual,
        lastGlobalPosition: original[original.length - 1]!.globalPosition,
        events: original,
        idempotentReplay: true,
      });
    }
    if (!expectationMet(expected, actual)) {
      return E.left({ _tag: "WrongExpectedRevision", streamId, expected, actual });
    }
    const stream = streams.get(streamId);
    const head = stream?.[stream.length - 1];
    const lastGlobal = all[all.length - 1]?.globalPosition ?? -1n;
    const chained = chainEventsSerialised(
      {
        streamId,
        firstRevision: head === undefined ? 0n : head.revision + 1n,
        firstGlobalPosition: lastGlobal + 1n,
        previousHash: head?.hash ?? GENESIS_HASH,
      },
      events,
    );
    const recorded = chained.map((c) => c.event);
    tree.append(chained.map((c) => eventLeafFromJson(c.event, c.dataJson, c.metadataJson)));
    all.push(...recorded);
    index(recorded);
    if (recorded.length > 0) signal.notify();
    const lastRecorded = recorded[recorded.length - 1];
    return E.right({
      nextExpectedRevision: lastRecorded?.revision ?? (actual === "no-stream" ? -1n : actual),
      lastGlobalPosition: lastRecorded?.globalPosition ?? lastGlobal,
      events: recorded,
      idempotentReplay: false,
    });
  };

  const readStream = (
    streamId: string,
    readOptions: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> => {
    ensureOpen();
    const list = streams.get(streamId) ?? [];
    const backwards = readOptions.direction === "backwards";
    const { from } = readOptions;
    const revisionOf = (e: RecordedEvent) => e.revision;
    const start = backwards
      ? from === undefined
        ? list.length - 1
        : lowerBound(list, from + 1n, revisionOf) - 1
      : from === undefined
        ? 0
        : lowerBound(list, from, revisionOf);
    return pageThrough(list, start, backwards ? -1 : 1, readLimit(readOptions), pageSize, (e) =>
      pastBound(readOptions, e.revision),
    );
  };

  const readAll = (readOptions: ReadAllOptions = {}): AsyncIterable<RecordedEvent> => {
    ensureOpen();
    const start = lowerBound(all, readOptions.fromPosition ?? 0n, (e) => e.globalPosition);
    return pageThrough(all, start, 1, readOptions.maxCount, pageSize);
  };

  return {
    appendToStream,
    readStream,
    readAll,
    subscribeToAll: (fromPosition, handlers) => {
      ensureOpen();
      const subscription = createCatchUpSubscription(
        { readAll, waitForAppend: signal.next },
        fromPosition,
        handlers,
      );
      const tracked = {
        stop: async () => {
          subscriptions.delete(tracked);
          await subscription.stop();
        },
      };
      subscriptions.add(tracked);
      return tracked;
    },
    headPosition: async () => all[all.length - 1]?.globalPosition,
    merkle: merkleLogFromNodes(tree),
    snapshots: createInMemorySnapshotStore(),
    records: () => [...all],
    close: async () => {
      closed = true;
      await Promise.all([...subscriptions].map((s) => s.stop()));
    },
  };
};
