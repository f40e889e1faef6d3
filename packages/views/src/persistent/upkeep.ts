import type { EventStore, RecordedEvent } from "@grant-ledger/event-store";
import { type ViewEvent, viewEventOf } from "../event/viewEvent";
import type { RowView } from "../rows/rows";
import type { ViewTables, ViewTransaction } from "./viewTables";

/** See `ViewUpkeepOptions.liveDelayMs`. */
export const DEFAULT_LIVE_DELAY_MS = 250;

export interface ViewUpkeepOptions {
  readonly store: Pick<EventStore, "readAll" | "subscribeToAll">;
  readonly tables: ViewTables;
  readonly views: readonly RowView[];
  /** Events per transaction (default 1,000). */
  readonly batchSize?: number;
  /**
   * Live upkeep: how long after catching up with an append it waits for more before it applies
   * them in one transaction (default 250 ms, the SQLite store's poll interval for other
   * processes' appends; 0: at once). A transaction's cost is mostly per batch (the pages it
   * writes, the rows it rewrites once per agreement), so one batch of many commits is far
   * cheaper than one per commit. A query that must see the latest appends calls `catchUp` first.
   */
  readonly liveDelayMs?: number;
}

export interface UpkeepRun {
  /** Events read from the store in this run (each applied to the views that had not seen it). */
  readonly processed: number;
  /** The next global position to apply, for the slowest view. */
  readonly position: bigint;
}

export interface LiveUpkeep {
  stop(): Promise<void>;
}

/**
 * Keeps views current from the store's global order: `catchUp` reads from the position of
 * the view furthest behind and applies each event to the views that have not seen it,
 * `rebuild` clears views and catches up from the first event, `start` catches up and follows
 * live appends. Each batch commits its rows and the views' positions in one transaction.
 */
export const createViewUpkeep = (options: ViewUpkeepOptions) => {
  const { store, tables, views } = options;
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  const liveDelayMs = Math.max(0, options.liveDelayMs ?? DEFAULT_LIVE_DELAY_MS);
  tables.open(views);

  const applyBatch = (batch: readonly RecordedEvent[]): void => {
    if (batch.length === 0) return;
    const decoded: (ViewEvent | undefined)[] = batch.map(viewEventOf);
    const last = (batch.at(-1) as RecordedEvent).globalPosition;
    tables.transact((tx: ViewTransaction) => {
      for (const view of views) {
        const position = tx.position(view.name);
        if (position > last) continue;
        for (let i = 0; i < batch.length; i++) {
          const e = decoded[i];
          if (e === undefined || (batch[i] as RecordedEvent).globalPosition < position) continue;
          tx.write(view.name, e.agreementId, view.step(e, tx.reader(view.name, e.agreementId)));
        }
        tx.setPosition(view.name, last + 1n);
      }
    });
  };

  /** The position of the view furthest behind. */
  const startPosition = (): bigint => {
    let p: bigint | undefined;
    for (const v of views) {
      const at = tables.position(v.name);
      if (p === undefined || at < p) p = at;
    }
    return p ?? 0n;
  };

  const catchUp = async (): Promise<UpkeepRun> => {
    let processed = 0;
    let batch: RecordedEvent[] = [];
    for await (const event of store.readAll({ fromPosition: startPosition() })) {
      batch.push(event);
      if (batch.length >= batchSize) {
        applyBatch(batch);
        processed += batch.length;
        batch = [];
      }
    }
    applyBatch(batch);
    processed += batch.length;
    return { processed, position: startPosition() };
  };

  return {
    catchUp,
    /** Clears the named views (default all) and applies every event again. */
    rebuild: async (names: readonly string[] = views.map((v) => v.name)): Promise<UpkeepRun> => {
      for (const name of names) tables.clear(name);
      return catchUp();
    },
    start: (
      handlers: { readonly onError?: (error: unknown) => void; readonly onCaughtUp?: () => void } = {},
    ): LiveUpkeep => {
      let batch: RecordedEvent[] = [];
      let timer: ReturnType<typeof setTimeout> | undefined;
      let failure: { readonly error: unknown } | undefined;
      const flush = () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        const pending = batch;
        batch = [];
        applyBatch(pending);
      };
      // After a failed batch nothing more is applied (later events would skip the failed ones):
      // the error goes to onError, and stop() rethrows it when there is no onError to tell.
      const fail = (error: unknown) => {
        failure ??= { error };
        batch = [];
        handlers.onError?.(error);
      };
      const applyNow = () => {
        if (failure !== undefined) return;
        try {
          flush();
          handlers.onCaughtUp?.();
        } catch (error) {
          fail(error);
        }
      };
      const subscription = store.subscribeToAll(startPosition(), {
        onEvent: (event) => {
          if (failure !== undefined) return;
          batch.push(event);
          if (batch.length >= batchSize) flush();
        },
        // One wake-up's events, and those of the wake-ups within `liveDelayMs` after it, in one
        // transaction: its cost (pages written, rows rewritten per agreement) is per batch.
        onCaughtUp: () => {
          if (failure !== undefined || timer !== undefined) return;
          if (liveDelayMs === 0) applyNow();
          else timer = setTimeout(applyNow, liveDelayMs);
        },
        onError: (error) => fail(error),
      });
      return {
        stop: async () => {
          await subscription.stop();
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          if (failure === undefined) flush();
          else if (handlers.onError === undefined) throw failure.error;
        },
      };
    },
  };
};

export type ViewUpkeep = ReturnType<typeof createViewUpkeep>;
