/** How a dropped subscription is retried: doubling delays, capped, for a bounded number of tries. */
export interface ResubscribePolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Consecutive failed attempts (without any progress in between) before giving up. */
  readonly maxAttempts: number;
}

export const DEFAULT_RESUBSCRIBE: ResubscribePolicy = {
  initialDelayMs: 100,
  maxDelayMs: 5_000,
  maxAttempts: 10,
};

export const delayFor = (policy: ResubscribePolicy, attempt: number): number =>
  Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));

/** Sleeps `ms`, or less if `interrupted` settles first. */
export const sleep = (ms: number, interrupted: Promise<void>): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
    interrupted,
  ]).finally(() => clearTimeout(timer));
};
