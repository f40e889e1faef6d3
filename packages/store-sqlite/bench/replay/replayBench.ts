/**
 * Child process of bench/run.ts (its own process, so maxRSS is this benchmark's alone).
 * Replays every agreement stream of the cached store and folds it into AgreementState with
 * the core's decode + evolve, against a raw baseline over the same rows in this process.
 */
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import type { AgreementState } from "@grant-ledger/core";
import { openSqliteEventStore } from "../../src";
import { EVENT_COLUMNS } from "../../src/read/eventRow";
import { envInt, loadAverage, peakRssMiB, rate, stopwatch, withRssSampling } from "../measure";
import { evolveRecorded, initialState } from "../scenario/agreementDomain";
import { benchStreamId } from "../scenario/seedAgreements";
import { replayFixtureFile, replayShape } from "./replayFixture";

const events = envInt("BENCH_EVENTS", 1_000_000);
const file = replayFixtureFile(events);
if (!existsSync(file)) throw new Error(`${file} is missing: run bench/replay/generateReplayFixture.ts first`);
const { agreements } = replayShape(events);
const streamIds = Array.from({ length: agreements }, (_, n) => benchStreamId(n));
const store = openSqliteEventStore({ file, pageSize: 1000 });

/** Raw baseline: the same rows, straight from SQLite, and JSON.parse of data and metadata; nothing else. */
const rawRows = store.database
  .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? ORDER BY revision`)
  .raw();
const baseline = (): number => {
  let n = 0;
  for (const id of streamIds) {
    for (const row of rawRows.iterate(id) as IterableIterator<unknown[]>) {
      JSON.parse(row[5] as string);
      JSON.parse(row[6] as string);
      n++;
    }
  }
  return n;
};

/** The adapter's read path alone: readStream, RecordedEvent objects, no domain. */
const adapterOnly = async (): Promise<number> => {
  let n = 0;
  for (const id of streamIds) for await (const _ of store.readStream(id)) n++;
  return n;
};

/** The replay: readStream, then the core's decode (with upcasters) and evolve, per agreement. */
const replay = async (): Promise<{ count: number; signed: number }> => {
  let count = 0;
  let signed = 0;
  for (const id of streamIds) {
    let state: AgreementState = initialState;
    for await (const e of store.readStream(id)) state = evolveRecorded(state, e);
    count += state.eventCount;
    if (state.status === "signed") signed++;
  }
  return { count, signed };
};

/** Reads the file once, sequentially, so every measured pass finds it in the OS page cache. */
const warmPageCache = (path: string): void => {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(1 << 20);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
};

const time = async <T>(label: string, run: () => Promise<T> | T) => {
  const stop = stopwatch();
  const result = await run();
  return { label, result, ...stop() };
};

const loadAtStart = loadAverage();
warmPageCache(file);
// The raw baseline runs before and after the store's passes and counts as their mean, so that
// a slow or busy moment of a shared machine does not decide the ratio on its own.
const rawBefore = await time("raw baseline, before", baseline);
const adapter = await time("adapter readStream (no domain)", adapterOnly);
const { result: replayed, sampledPeakMiB } = await withRssSampling(() =>
  time("replay: readStream + decode + evolve", replay),
);
const rawAfter = await time("raw baseline, after", baseline);
const raw = {
  label: "raw baseline (SQLite rows + JSON.parse), mean",
  result: rawBefore.result,
  secs: (rawBefore.secs + rawAfter.secs) / 2,
  cpuSecs: (rawBefore.cpuSecs + rawAfter.cpuSecs) / 2,
};
await store.close();

if (replayed.result.count !== raw.result) {
  throw new Error(`replay folded ${replayed.result.count} events but the store holds ${raw.result}`);
}
const rawRate = raw.result / raw.secs;
const rawCpuRate = raw.result / raw.cpuSecs;
console.log(
  `replay of ${raw.result.toLocaleString("en-US")} events in ${agreements.toLocaleString("en-US")} agreement streams (${replayed.result.signed} signed)`,
);
for (const r of [rawBefore, rawAfter, raw, adapter, replayed]) {
  const n = typeof r.result === "number" ? r.result : r.result.count;
  console.log(
    `  ${r.label.padEnd(46)} ${r.secs.toFixed(2).padStart(7)} s ${rate(n, r.secs).padStart(10)} events/s  ${((100 * n) / r.secs / rawRate).toFixed(1).padStart(5)}% of raw` +
      `  | CPU ${r.cpuSecs.toFixed(2).padStart(7)} s ${rate(n, r.cpuSecs).padStart(10)} events/CPU-s  ${((100 * n) / r.cpuSecs / rawCpuRate).toFixed(1).padStart(5)}%`,
  );
}
const ratio = replayed.result.count / replayed.secs / rawRate;
const cpuRatio = replayed.result.count / replayed.cpuSecs / rawCpuRate;
console.log(
  `  target ≥ 50% of raw: ${ratio >= 0.5 ? "met" : "MISSED"} (${(100 * ratio).toFixed(1)}% by wall time, ${(100 * cpuRatio).toFixed(1)}% by CPU time)`,
);
console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
const peak = peakRssMiB();
console.log(
  `  peak RSS ${peak.toFixed(0)} MiB (maxRSS; sampled during replay ${sampledPeakMiB.toFixed(0)} MiB), target < 300 MB: ${peak * 1.048576 < 300 ? "met" : "MISSED"}`,
);
