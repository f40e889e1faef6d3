/**
 * The contenders, each behind the same two operations: handle one command on agreement `n`,
 * and replay (fold) agreement `n` from its stream.
 */
import { type EventStore as EmmettStore, getInMemoryEventStore } from "@event-driven-io/emmett";
import { getSQLiteEventStore } from "@event-driven-io/emmett-sqlite";
import { createAgreements } from "@grant-ledger/agreements";
import { type Command, agreementDecider } from "@grant-ledger/core";
import {
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  createInMemoryEventStore,
} from "@grant-ledger/event-store";
import { openSqliteEventStore } from "../../src";
import { agreementId } from "../scenario/agreementScript";
import { evolveEmmett, handleWithEmmett, toEmmett } from "./emmettDecider";
import { openEmmettOneConnection } from "./emmettOneConnection";
import { benchStreamId, commandsInStream } from "./workload";

export interface System {
  readonly label: string;
  /** Copies agreements `from`..`to - 1` of `source` (a grant-ledger store) into this system. */
  seed(source: EventStore, from: number, to: number, chunk?: number): Promise<void>;
  /** Untimed preparation before a measured run (the state cache's warm-up). */
  prepare(from: number, to: number): Promise<void>;
  handle(n: number, command: Command): Promise<void>;
  /** Folds agreement `n`; returns its number of events. */
  replay(n: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Copies agreements `from`..`to - 1` of `source` command by command (each command's events
 * one append, or consecutive commands together up to `chunk` events), 64 agreements at a
 * time so that stores with group commit use it.
 */
const copyAgreements = async (
  source: EventStore,
  from: number,
  to: number,
  chunk: number,
  append: (streamId: string, events: EventToAppend[]) => Promise<void>,
): Promise<void> => {
  const plain = (e: RecordedEvent): EventToAppend => ({
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: e.metadata,
  });
  for (let start = from; start < to; start += 64) {
    const wave = Array.from({ length: Math.min(64, to - start) }, (_, i) => start + i);
    await Promise.all(
      wave.map(async (n) => {
        let pending: EventToAppend[] = [];
        for (const group of await commandsInStream(source, benchStreamId(n))) {
          pending.push(...group.map(plain));
          if (pending.length >= chunk) {
            await append(benchStreamId(n), pending);
            pending = [];
          }
        }
        if (pending.length > 0) await append(benchStreamId(n), pending);
      }),
    );
  }
};

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}` : x));

/** grant-ledger: `agreements.handle` on its store (hash chain and Merkle tree always on). */
export const grantLedger = (
  label: string,
  store: EventStore & { close?: () => Promise<void> },
  cached: boolean,
): System => {
  const agreements = createAgreements({ store, ...(cached ? { stateCache: { maxStreams: 100_000 } } : {}) });
  return {
    label,
    seed: (source, from, to, chunk = 1) =>
      copyAgreements(source, from, to, chunk, async (streamId, events) => {
        const appended = await store.appendToStream(streamId, events, "any");
        if (appended._tag === "Left") throw new Error(`seeding ${streamId}: ${json(appended.left)}`);
      }),
    async prepare(from, to) {
      if (!cached) return;
      for (let n = from; n < to; n++) {
        const loaded = await agreements.load(agreementId(n));
        if (loaded._tag === "Left" || loaded.right === undefined) throw new Error(`cannot load ${n}`);
        agreements.warm(agreementId(n), loaded.right);
      }
    },
    async handle(_n, command) {
      const outcome = await agreements.handle(command);
      if (outcome._tag === "Left" || outcome.right.idempotentReplay) {
        throw new Error(`grant-ledger did not apply ${command.type}: ${json(outcome)}`);
      }
    },
    async replay(n) {
      const loaded = await agreements.load(agreementId(n));
      if (loaded._tag === "Left" || loaded.right === undefined) throw new Error(`cannot load ${n}`);
      return loaded.right.state.eventCount;
    },
    close: async () => store.close?.(),
  };
};

/** Emmett: its `CommandHandler` with the same decider, on one of its stores. */
export const emmett = (label: string, store: EmmettStore, close: () => void = () => {}): System => ({
  label,
  seed: (source, from, to, chunk = 1) =>
    copyAgreements(source, from, to, chunk, async (streamId, events) => {
      await store.appendToStream(streamId, events.map(toEmmett));
    }),
  prepare: async () => {},
  async handle(n, command) {
    await handleWithEmmett(store, benchStreamId(n), command);
  },
  async replay(n) {
    const { state } = await store.aggregateStream(benchStreamId(n), {
      evolve: evolveEmmett,
      initialState: () => agreementDecider.initialState,
    });
    return state.eventCount;
  },
  close: async () => close(),
});

export const grantLedgerMemory = (cached: boolean) =>
  grantLedger(cached ? "grant-ledger + state cache" : "grant-ledger", createInMemoryEventStore(), cached);

export const grantLedgerSqlite = (file: string, cached: boolean) =>
  grantLedger(cached ? "grant-ledger + state cache" : "grant-ledger", openSqliteEventStore({ file }), cached);

export const emmettMemory = () => emmett("Emmett", getInMemoryEventStore());

/**
 * Emmett's SQLite store as shipped runs on `file`; it is seeded through one open connection
 * (the same schema and SQL), or seeding alone would open thousands of connections.
 */
export const emmettSqliteAsShipped = async (file: string): Promise<System> => {
  const seeder = await openEmmettOneConnection(file);
  const shipped = emmett("Emmett as shipped", getSQLiteEventStore({ fileName: file }));
  return {
    ...shipped,
    seed: (source, from, to, chunk) => emmett("seeder", seeder).seed(source, from, to, chunk),
    close: async () => seeder.close(),
  };
};

export const emmettSqliteOneConnection = async (file: string): Promise<System> => {
  const store = await openEmmettOneConnection(file);
  return emmett("Emmett, one connection", store, () => store.close());
};
