import type {
  ReadAllOptions,
  RecordedEvent,
  Subscription,
  SubscriptionHandlers,
} from "@grant-ledger/event-store";

export interface Wakeups {
  /** Resolves on the next in-process commit or after `ms`, whichever comes first. */
  next(ms: number): Promise<void>;
  /** Wakes every waiter (after a commit, or on stop). */
  wakeAll(): void;
}

export const wakeups = (): Wakeups => {
  const waiters = new Set<() => void>();
  return {
    next: (ms) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiters.add(done);
      }),
    wakeAll: () => {
      for (const wake of [...waiters]) wake();
    },
  };
};

export interface CatchUpOptions {
  readonly readAll: (options: ReadAllOptions) => AsyncIterable<RecordedEvent>;
  readonly wakeups: Wakeups;
  /** Appends by other processes are only seen by polling; in-process ones wake us at once. */
  readonly pollIntervalMs: number;
  readonly pageSize: number;
}

/**
 * Reads from `fromPosition` page by page, then waits for a commit in this process or the
 * poll interval (for commits by other processes) and reads on from where it stopped.
 */
export const catchUpSubscription = (
  fromPosition: bigint,
  handlers: SubscriptionHandlers,
  { readAll, wakeups, pollIntervalMs, pageSize }: CatchUpOptions,
): Subscription => {
  let stopped = false;
  let next = fromPosition;
  let lastDelivered: bigint | undefined;

  const loop = async (): Promise<void> => {
    let announced = false;
    while (!stopped) {
      let delivered = 0;
      for await (const event of readAll({ fromPosition: next, maxCount: pageSize })) {
        if (stopped) return;
        await handlers.onEvent(event);
        next = event.globalPosition + 1n;
        lastDelivered = event.globalPosition;
        delivered++;
      }
      if (stopped) return;
      if (delivered === pageSize) continue;
      if (delivered > 0 || !announced) {
        handlers.onCaughtUp?.(lastDelivered);
        announced = true;
      }
      await wakeups.next(pollIntervalMs);
    }
  };

  const done = loop().catch((error: unknown) => {
    if (!stopped) handlers.onError?.(error);
  });

  return {
    stop: async () => {
      stopped = true;
      wakeups.wakeAll();
      await done;
    },
  };
};
