/**
 * Rebuilding every view from the first event against the raw-read baseline of the same store
 * (SQLite rows + JSON.parse of data and metadata, nothing else; measured before and after,
 * counted as the mean). The store is generated: BENCH_VIEW_EVENTS events (default 100,000) in
 * agreements of 10,000 events decided by the real decider. Target: ≥ 50% of the baseline's events/s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { storeViews } from "../src";
import { appendGenerated } from "../test/generatedStore";
import { envInt, loadAverage, seconds } from "./measure";

const events = envInt("BENCH_VIEW_EVENTS", 100_000);
const perStream = Math.min(events, 10_000);
const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-rebuild-"));
const store = openSqliteEventStore({ file: join(dir, "rebuild.db"), pageSize: 1000 });
try {
  for (let s = 0; s * perStream < events; s++)
    await appendGenerated(store, { streams: 1, eventsPerStream: perStream, prefix: `s${s}` });
  const loadAtStart = loadAverage();
  const rows = store.database.prepare("SELECT data, metadata FROM events ORDER BY global_position").raw();
  const baseline = () => {
    let n = 0;
    for (const row of rows.iterate() as IterableIterator<string[]>) {
      JSON.parse(row[0] as string);
      JSON.parse(row[1] as string);
      n++;
    }
    return n;
  };
  const before = await seconds(baseline);
  const views = storeViews(store, { batchSize: 2_000 });
  const rebuilt = await seconds(() => views.upkeep.rebuild());
  const after = await seconds(baseline);
  const total = before.result;
  const rawRate = total / ((before.secs + after.secs) / 2);
  const rate = rebuilt.result.processed / rebuilt.secs;
  console.log(
    `rebuilding every view over ${total.toLocaleString("en-US")} events (generated, not the 1,000,000-event replay store)`,
  );
  console.log(
    `  raw baseline (rows + JSON.parse), mean  ${Math.round(rawRate).toLocaleString("en-US").padStart(10)} events/s`,
  );
  console.log(
    `  rebuild of all five views              ${Math.round(rate).toLocaleString("en-US").padStart(10)} events/s  ${((100 * rate) / rawRate).toFixed(1)}% of raw (target ≥ 50%: ${rate >= rawRate / 2 ? "met" : "MISSED"})`,
  );
  console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
