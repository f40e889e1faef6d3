/**
 * A seeded generator (mulberry32), so that a failing trial can be run again: each probe
 * prints its seed, and GRANT_LEDGER_SEED replays one.
 */
export interface Random {
  readonly seed: number;
  /** In [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    seed,
    next,
    below,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[below(items.length)] as T;
    },
  };
};

export const probeSeed = (): number => {
  const given = process.env.GRANT_LEDGER_SEED;
  return given === undefined ? (Date.now() ^ (process.pid << 8)) >>> 0 : Number(given);
};
