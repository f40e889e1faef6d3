import { loadavg } from "node:os";

export const envInt = (name: string, fallback: number): number => {
  const v = process.env[name];
  if (v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
};

export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

export const seconds = async <T>(run: () => Promise<T> | T): Promise<{ result: T; secs: number }> => {
  const start = process.hrtime.bigint();
  const result = await run();
  return { result, secs: Number(process.hrtime.bigint() - start) / 1e9 };
};

/** p50 / p99 / max of `runs` timed calls, in milliseconds. */
export const latencies = (runs: number, call: () => unknown) => {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    call();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: ms.at(-1) as number };
};
