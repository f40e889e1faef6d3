import type { ReadAllOptions, RecordedEvent, Subscription, SubscriptionHandlers } from "../port";

/** Wakes waiting subscriptions when something was appended. */
export interface AppendSignal {
  /** Settles at the next `notify` (or never, once cancelled). */
  next(): { readonly promise: Promise<void>; readonly cancel: () => void };
  notify(): void;
}

export const createAppendSignal = (): AppendSignal => {
  const waiters = new Set<() => void>();
  return {
    next: () => {
      let wake: () => void = () => undefined;
      const promise = new Promise<void>((resolve) => {
        wake = resolve;
      });
      waiters.add(wake);
      return { promise, cancel: () => waiters.delete(wake) };
    },
    notify: () => {
      const woken = [...waiters];
      waiters.clear();
      for (const wake of woken) wake();
    },
  };
};

export interface CatchUpSource {
  readonly readAll: (options?: ReadAllOptions) => AsyncIterable<RecordedEvent>;
  /**
   * Resolves when new events may have been stored. In-process stores pass an AppendSignal;
   * stores written by other processes can pass a poll interval instead (or both, see SQLite).
   */
  readonly waitForAppend: () => { readonly promise: Promise<void>; readonly cancel: () => void };
  /**
   * Read at most this many events per read, then read again at once while pages come back
   * full: a store whose reads hold a transaction or cursor releases it between pages.
   */
  readonly pageSize?: number;
}

/**
 * The one catch-up loop every adapter without a server-side subscription uses (in-memory,
 * SQLite): reads what is stored from `fromPosition`, reports caught-up (once at first, then
 * after each run that delivered something), sleeps until the next append and reads on from
 * where it stopped. Handlers are awaited, so events arrive one at a time, in order.
 */
export const createCatchUpSubscription = (
  source: CatchUpSource,
  fromPosition: bigint,
  handlers: SubscriptionHandlers,
): Subscription => {
  let stopped = false;
  let stopWaiting: () => void = () => undefined;
  const stoppedSignal = new Promise<void>((resolve) => {
    stopWaiting = resolve;
  });
  const { pageSize } = source;
  let handling = false;

  const run = async (): Promise<void> => {
    let position = fromPosition;
    let lastDelivered: bigint | undefined;
    let announced = false;
    let deliveredSinceAnnounced = false;
    while (!stopped) {
      // Taken before reading so that an append racing with the read still wakes us.
      const woken = source.waitForAppend();
      try {
        let delivered = 0;
        const options =
          pageSize === undefined
            ? { fromPosition: position }
            : { fromPosition: position, maxCount: pageSize };
        for await (const event of source.readAll(options)) {
          if (stopped) return;
          handling = true;
          try {
            await handlers.onEvent(event);
          } finally {
            handling = false;
          }
          position = event.globalPosition + 1n;
          lastDelivered = event.globalPosition;
          delivered++;
        }
        if (stopped) return;
        if (delivered > 0) deliveredSinceAnnounced = true;
        if (pageSize !== undefined && delivered === pageSize) continue;
        if (deliveredSinceAnnounced || !announced) {
          handlers.onCaughtUp?.(lastDelivered);
          announced = true;
          deliveredSinceAnnounced = false;
        }
        await Promise.race([woken.promise, stoppedSignal]);
      } finally {
        woken.cancel();
      }
    }
  };

  const done = run().catch((error: unknown) => {
    if (!stopped) handlers.onError?.(error);
    stopped = true;
  });

  return {
    // No event is delivered after stop() resolves. It waits for the loop to end, except when
    // an event is being handled (a handler may stop its own subscription).
    stop: async () => {
      stopped = true;
      stopWaiting();
      if (!handling) await done;
    },
  };
};

/** A `waitForAppend` for stores other processes write to: wakes every `intervalMs`. */
export const pollEvery =
  (intervalMs: number): CatchUpSource["waitForAppend"] =>
  () => {
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, intervalMs);
    });
    return { promise, cancel: () => clearTimeout(timer) };
  };
