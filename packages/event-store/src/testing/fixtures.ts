import { randomUUID } from "node:crypto";
import type { Either } from "fp-ts/Either";
import type { EventStore, EventToAppend, JsonObject, RecordedEvent } from "../port";

export interface StoreUnderTest {
  readonly store: EventStore;
  readonly cleanup?: () => Promise<void>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

/** Every stream the contract suite writes starts with this: adapters that filter streams by prefix must include it. */
export const CONTRACT_STREAM_PREFIX = "contract-";

/** Stream ids unique per test, so adapters may share one server across tests. */
export const newStreamId = (label = "stream"): string => `${CONTRACT_STREAM_PREFIX}${label}-${randomUUID()}`;

export const newCommandId = (): string => `cmd-${randomUUID()}`;

export const anEvent = (
  type: string,
  data: JsonObject = {},
  commandId: string = newCommandId(),
  extraMetadata: JsonObject = {},
): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: { ...extraMetadata, commandId },
});

/** `count` events sharing one command id, as one command's outcome would. */
export const aBatch = (
  count: number,
  commandId: string = newCommandId(),
  type = "UnitsReported",
): EventToAppend[] =>
  Array.from({ length: count }, (_, i) => anEvent(type, { index: i, units: `${i}.5` }, commandId));

export const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** The part of a recorded event a caller supplied, to compare with what was appended. */
export const asAppended = (event: RecordedEvent): EventToAppend => ({
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
});

export const unwrap = <L, R>(either: Either<L, R>): R => {
  if (either._tag === "Left") throw new Error(`expected Right, got Left ${show(either.left)}`);
  return either.right;
};

export const unwrapLeft = <L, R>(either: Either<L, R>): L => {
  if (either._tag === "Right") throw new Error(`expected Left, got Right ${show(either.right)}`);
  return either.left;
};

const show = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : v))?.slice(0, 300) ?? String(value);

/** Collects subscription deliveries; `waitFor(n)` settles once n events have arrived. */
export const collector = () => {
  const events: RecordedEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let caughtUp = 0;
  const caughtUpWaiters: { count: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (events.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
    for (const w of [...caughtUpWaiters]) {
      if (caughtUp >= w.count) {
        caughtUpWaiters.splice(caughtUpWaiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  return {
    events,
    onEvent: (event: RecordedEvent) => {
      events.push(event);
      settle();
    },
    onCaughtUp: () => {
      caughtUp++;
      settle();
    },
    waitFor: (count: number) =>
      new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        settle();
      }),
    waitForCaughtUp: (count = 1) =>
      new Promise<void>((resolve) => {
        caughtUpWaiters.push({ count, resolve });
        settle();
      }),
  };
};

/** Wraps a test body: a fresh store from the factory, cleaned up (or closed) afterwards. */
export type WithStore = (run: (store: EventStore) => Promise<void>) => () => Promise<void>;

export const withStoreFrom =
  (factory: StoreFactory): WithStore =>
  (run) =>
  async () => {
    const { store, cleanup } = await factory();
    try {
      await run(store);
    } finally {
      if (cleanup === undefined) await store.close();
      else await cleanup();
    }
  };
