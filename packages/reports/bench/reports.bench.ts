/**
 * Every report (six kinds) of one 10,000-event agreement in a SQLite store whose views are
 * current, in each format: the time to make and render all of them, p50 / p99 / max over
 * BENCH_REPORT_RUNS rounds (default 30). Target: all six kinds in all three formats under
 * 200 ms in total. The agreement's history is the views' generated one (reallocations
 * applied, approved and rejected, result reports with corrections, amendments).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import {
  cellHistory,
  historyOf,
  reallocationRegister,
  reallocationsOf,
  storeViews,
} from "@grant-ledger/views";
import * as E from "fp-ts/Either";
// The views' generated history, shared so that both benches measure the same agreement.
import { appendGenerated } from "../../views/test/generatedStore";
import { type ReportFormat, type ReportRequest, produceReport } from "../src";

const envInt = (name: string, fallback: number): number => {
  const v = process.env[name];
  const n = v === undefined || v === "" ? fallback : Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
};
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

const events = envInt("BENCH_REPORT_EVENTS", 10_000);
const runs = envInt("BENCH_REPORT_RUNS", 30);
const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-reports-"));
const store = openSqliteEventStore({ file: join(dir, "reports.db") });
const loadAtStart = loadAverage();
const id = "generated-0";
const requests: ReportRequest[] = [
  { kind: "offer-vs-contract", agreementId: id },
  // The amended cell (456 entries); the busiest one (9,544 entries) is measured on its own below.
  { kind: "cell-history", agreementId: id, cell: { resultArea: "6", workType: "JW", district: "Velden" } },
  { kind: "register", agreementId: id },
  { kind: "realisation", agreementId: id },
  { kind: "state", agreementId: id },
  { kind: "agreements" },
];

// The same with the register as a page of its last 100 requests (`--limit 100`).
const paged: ReportRequest[] = requests.map((r) => (r.kind === "register" ? { ...r, limit: 100 } : r));

const allReports = async (formats: readonly ReportFormat[], list = requests): Promise<number> => {
  let bytes = 0;
  for (const request of list) {
    const made = await produceReport(store, request);
    if (E.isLeft(made)) throw new Error(`${request.kind}: ${JSON.stringify(made.left)}`);
    for (const format of formats) {
      const text = made.right.render({ format });
      if (E.isLeft(text)) throw new Error(text.left);
      bytes += text.right.length;
    }
  }
  return bytes;
};

const timed = async (label: string, formats: readonly ReportFormat[], list = requests) => {
  const bytes = await allReports(formats, list); // warm-up, and the size
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await allReports(formats, list);
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] as number;
  console.log(
    `  ${label.padEnd(34)} p50 ${at(0.5).toFixed(1).padStart(7)} ms  p99 ${at(0.99).toFixed(1).padStart(7)} ms  max ${(ms.at(-1) as number).toFixed(1).padStart(7)} ms  (${(bytes / 1024).toFixed(0)} KiB)  ${at(0.5) < 200 ? "met" : "MISSED"}`,
  );
};

try {
  await appendGenerated(store, { streams: 1, eventsPerStream: events });
  await storeViews(store).upkeep.catchUp();
  console.log(
    `every report of one agreement of ${events.toLocaleString("en-US")} events (SQLite, views current), ${runs} rounds`,
  );
  {
    // What the views themselves cost for the two whole-history reports, back to back with them.
    const views = storeViews(store);
    const time = (call: () => unknown) => {
      const ms: number[] = [];
      for (let i = 0; i < Math.min(runs, 10); i++) {
        const start = process.hrtime.bigint();
        call();
        ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!.toFixed(1);
    };
    console.log(
      `  views alone: reallocationsOf (whole register) p50 ${time(() => reallocationsOf(views.source(reallocationRegister), id))} ms, historyOf 6/JW/Velden p50 ${time(() => historyOf(views.source(cellHistory), id, { resultArea: "6", workType: "JW", district: "Velden" }))} ms`,
    );
  }
  for (const request of requests) {
    // A body that returns a number has timed itself.
    const p50 = async (body: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < Math.min(runs, 10); i++) {
        const start = process.hrtime.bigint();
        const own = await body();
        ms.push(typeof own === "number" ? own : Number(process.hrtime.bigint() - start) / 1e6);
      }
      return ms
        .sort((a, b) => a - b)
        [Math.floor(ms.length / 2)]!.toFixed(1)
        .padStart(7);
    };
    const make = () => produceReport(store, request);
    const made = await make();
    if (E.isLeft(made)) throw new Error(request.kind);
    // A made report writes its JSON text once and the HTML page reuses it: time each format
    // on a report made afresh, less the make itself, so every figure includes that writing.
    const render = (format: ReportFormat) => async () => {
      const fresh = await make();
      if (E.isLeft(fresh)) throw new Error(request.kind);
      const start = process.hrtime.bigint();
      fresh.right.render({ format });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    console.log(
      `  ${request.kind.padEnd(18)} make ${await p50(make)} ms, render JSON ${await p50(render("json"))} CSV ${await p50(render("csv"))} HTML ${await p50(render("html"))} ms`,
    );
  }
  {
    const busiest: ReportRequest = {
      kind: "cell-history",
      agreementId: id,
      cell: { resultArea: "6", workType: "OBW", district: "Velden" },
    };
    const start = process.hrtime.bigint();
    const made = await produceReport(store, busiest);
    const text = E.isRight(made) ? made.right.render({ format: "json" }) : undefined;
    console.log(
      `  cell-history of the busiest cell 6/OBW/Velden, made and as JSON once: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms (${text !== undefined && E.isRight(text) ? (text.right.length / 1024).toFixed(0) : "?"} KiB)`,
    );
  }
  await timed("6 kinds, JSON", ["json"]);
  await timed("6 kinds, CSV", ["csv"]);
  await timed("6 kinds, HTML", ["html"]);
  await timed("6 kinds × JSON, CSV and HTML", ["json", "csv", "html"]);
  await timed("6 kinds × 3 formats, register paged", ["json", "csv", "html"], paged);
  console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
