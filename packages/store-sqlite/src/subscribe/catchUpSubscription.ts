import type { CatchUpSource } from "@grant-ledger/event-store";

export interface Wakeups {
  /**
   * Settles on the next in-process commit or after `ms`, whichever comes first: other
   * processes' commits are only seen by polling.
   */
  next(ms: number): ReturnType<CatchUpSource["waitForAppend"]>;
  /** Wakes every waiter (after a commit). */
  wakeAll(): void;
}

export const wakeups = (): Wakeups => {
  const waiters = new Set<() => void>();
  return {
    next: (ms) => {
      let done: () => void = () => undefined;
      const promise = new Promise<void>((resolve) => {
        const timer = setTimeout(() => done(), ms);
        done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        waiters.add(done);
      });
      return { promise, cancel: () => done() };
    },
    wakeAll: () => {
      for (const wake of [...waiters]) wake();
    },
  };
};
