/**
 * How big a reliability probe runs. `pnpm test` runs the small size (a few seconds each);
 * `pnpm test:reliability` sets GRANT_LEDGER_RELIABILITY=full (see vitest.reliability.config.ts).
 * Every probe also has a time budget it stops at, so a slow machine shortens a run instead
 * of hanging it; it still fails if it has not reached its minimum number of trials.
 */
export const fullSize = process.env.GRANT_LEDGER_RELIABILITY === "full";

export const probeSize = <T>(sizes: { readonly small: T; readonly full: T }): T =>
  fullSize ? sizes.full : sizes.small;

/**
 * Lets the event loop run between trials: a probe's trials are mostly synchronous (SQLite,
 * hashing), and a worker that never yields cannot answer the test runner, which then fails
 * the run with an RPC timeout.
 */
export const breather = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
