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
   * stores written by other processes can pass a poll interval instead.
   */
  readonly waitForAppend: () => { readonly promise: Promise<void>; readonly cancel: () => void };
}

/**
 * A catch-up subscription over any store that can read all events in order: reads what is
 * stored from `fromPosition`, reports caught-up, then sleeps until the next append and reads
 * on from where it stopped. Handlers are awaited, so events arrive one at a time, in order.
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

  const run = async (): Promise<void> => {
    let position = fromPosition;
    let lastDelivered: bigint | undefined;
    while (!stopped) {
      // Taken before reading so that an append racing with the read still wakes us.
      const woken = source.waitForAppend();
      try {
        for await (const event of source.readAll({ fromPosition: position })) {
          if (stopped) break;
          await handlers.onEvent(event);
          position = event.globalPosition + 1n;
          lastDelivered = event.globalPosition;
        }
        if (stopped) break;
        handlers.onCaughtUp?.(lastDelivered);
        await Promise.race([woken.promise, stoppedSignal]);
      } finally {
        woken.cancel();
      }
    }
  };

  run().catch((error: unknown) => {
    if (!stopped) handlers.onError?.(error);
    stopped = true;
  });

  return {
    // No event is delivered after stop() resolves; an event already being handled completes.
    stop: async () => {
      stopped = true;
      stopWaiting();
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
