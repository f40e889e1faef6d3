/** Wall times in milliseconds, one per call. */
export type Timings = number[];

export const timed = async <T>(into: Timings, run: () => Promise<T>): Promise<T> => {
  const start = process.hrtime.bigint();
  const result = await run();
  into.push(Number(process.hrtime.bigint() - start) / 1e6);
  return result;
};

const at = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export const summarise = (times: Timings): string => {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const ms = (t: number) => `${t.toFixed(3)} ms`;
  return `mean ${ms(mean)}, p50 ${ms(at(sorted, 0.5))}, p99 ${ms(at(sorted, 0.99))}, max ${ms(sorted.at(-1)!)}`;
};
