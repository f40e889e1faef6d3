import type { ReadStreamOptions } from "./eventStore";

/**
 * The most events a stream read may yield, with `to` folded into `maxCount`: revisions are
 * gap-free, so a bound on both ends is a count. Every adapter pages with it, so a read up to a
 * revision never fetches a page beyond it. A backwards read from the end (no `from`) cannot
 * count and leaves it to `pastBound`.
 */
export const readLimit = (options: ReadStreamOptions): number => {
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  const { to } = options;
  if (to === undefined) return max;
  const backwards = options.direction === "backwards";
  if (backwards && options.from === undefined) return max;
  const span = backwards ? options.from! - to + 1n : to - (options.from ?? 0n) + 1n;
  return span <= 0n ? 0 : Math.min(max, Number(span));
};

/** True once a read has passed its `to` (the event at `revision` is not to be yielded). */
export const pastBound = (options: ReadStreamOptions, revision: bigint): boolean =>
  options.to !== undefined &&
  (options.direction === "backwards" ? revision < options.to : revision > options.to);
