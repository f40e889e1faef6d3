/**
 * Child process of bench/run.ts (its own process, so maxRSS is this benchmark's alone).
 * Replays every agreement stream of the cached store and folds it into AgreementState with
 * the core's decode + evolve, against a raw baseline over the same rows in this process.
 */
import { existsSync } from "node:fs";
import type { AgreementState } from "@grant-ledger/core";
import { openSqliteEventStore } from "../../src";
import { EVENT_COLUMNS } from "../../src/read/eventRow";
import { envInt, peakRssMiB, rate, seconds, withRssSampling } from "../measure";
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

const time = async <T>(label: string, run: () => Promise<T> | T) => {
  const start = process.hrtime.bigint();
  const result = await run();
  return { label, result, secs: seconds(start) };
};

baseline(); // warm the page cache and the JIT: every measured pass then reads from memory
const raw = await time("raw baseline (SQLite rows + JSON.parse)", baseline);
const adapter = await time("adapter readStream (no domain)", adapterOnly);
const { result: replayed, sampledPeakMiB } = await withRssSampling(() =>
  time("replay: readStream + decode + evolve", replay),
);
await store.close();

if (replayed.result.count !== raw.result) {
  throw new Error(`replay folded ${replayed.result.count} events but the store holds ${raw.result}`);
}
const rawRate = raw.result / raw.secs;
console.log(
  `replay of ${raw.result.toLocaleString("en-US")} events in ${agreements.toLocaleString("en-US")} agreement streams (${replayed.result.signed} signed)`,
);
for (const r of [raw, adapter, replayed]) {
  const n = typeof r.result === "number" ? r.result : r.result.count;
  console.log(
    `  ${r.label.padEnd(42)} ${r.secs.toFixed(2).padStart(7)} s ${rate(n, r.secs).padStart(10)} events/s  ${((100 * n) / r.secs / rawRate).toFixed(1).padStart(5)}% of raw`,
  );
}
const ratio = replayed.result.count / replayed.secs / rawRate;
console.log(`  target ≥ 50% of raw: ${ratio >= 0.5 ? "met" : "MISSED"} (${(100 * ratio).toFixed(1)}%)`);
const peak = peakRssMiB();
console.log(
  `  peak RSS ${peak.toFixed(0)} MiB (maxRSS; sampled during replay ${sampledPeakMiB.toFixed(0)} MiB), target < 300 MB: ${peak * 1.048576 < 300 ? "met" : "MISSED"}`,
);
