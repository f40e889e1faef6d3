import { loadavg } from "node:os";

/** Peak resident set size of this process so far, in MiB (maxRSS is reported in KiB). */
export const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

/** Samples RSS while `run` is in progress, as a second opinion to maxRSS. */
export const withRssSampling = async <T>(
  run: () => Promise<T>,
): Promise<{ result: T; sampledPeakMiB: number }> => {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, sampledPeakMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
};

export const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

export const rate = (count: number, secs: number): string => Math.round(count / secs).toLocaleString("en-US");

export const envInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
};

/** Wall time and this process's CPU time: on a shared machine the second shows what contention hides. */
export const stopwatch = () => {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { secs: seconds(wall), cpuSecs: (used.user + used.system) / 1e6 };
  };
};

export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
