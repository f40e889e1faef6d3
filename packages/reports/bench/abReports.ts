/**
 * Interleaved A/B of every report of the bench's agreement in all three formats: commit A's
 * reports package (a worktree at AB_BEFORE) against this one, over the same SQLite file,
 * rounds alternating, so both see the same load. Prints the minimum and p50 of each, by wall
 * time and by the process's CPU time (less disturbed by other processes on a shared machine,
 * though it counts the garbage collector's helper threads too).
 *
 *   AB_BEFORE=/path/to/other/worktree node --import tsx bench/abReports.ts <store.db> [rounds]
 *
 * Make the store first with `bench/outputDigests.ts <store.db> --build`.
 */
import { loadavg } from "node:os";
import * as E from "fp-ts/Either";

const [file, roundsText] = process.argv.slice(2);
const before = process.env.AB_BEFORE;
if (file === undefined || before === undefined)
  throw new Error("usage: AB_BEFORE=<worktree> abReports.ts <store.db> [rounds]");
const rounds = Number(roundsText ?? 15);
type Side = { produceReport: typeof import("../src").produceReport; store: { close(): Promise<void> } };
const side = async (root: string): Promise<Side> => {
  const reports = await import(`${root}/packages/reports/src/index.ts`);
  const sqlite = await import(`${root}/packages/store-sqlite/src/index.ts`);
  return { produceReport: reports.produceReport, store: sqlite.openSqliteEventStore({ file }) };
};
const sides = {
  before: await side(before),
  after: await side(new URL("../../..", import.meta.url).pathname.replace(/\/$/, "")),
};
const id = "generated-0";
const requests = [
  { kind: "offer-vs-contract", agreementId: id },
  { kind: "cell-history", agreementId: id, cell: { resultArea: "6", workType: "JW", district: "Velden" } },
  { kind: "register", agreementId: id },
  { kind: "realisation", agreementId: id },
  { kind: "state", agreementId: id },
  { kind: "agreements" },
] as const;
const round = async (s: Side): Promise<{ wall: number; cpu: number }> => {
  const start = process.hrtime.bigint();
  const cpuAtStart = process.cpuUsage();
  for (const request of requests) {
    // biome-ignore lint/suspicious/noExplicitAny: either side's store
    const made = await s.produceReport(s.store as any, request);
    if (E.isLeft(made)) throw new Error(request.kind);
    for (const format of ["json", "csv", "html"] as const) made.right.render({ format });
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (cpu.user + cpu.system) / 1e3 };
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const loadAtStart = load();
await round(sides.before);
await round(sides.after);
const ms: Record<string, { wall: number; cpu: number }[]> = { before: [], after: [] };
for (let i = 0; i < rounds; i++)
  for (const name of (i % 2 === 0 ? ["before", "after"] : ["after", "before"]) as ("before" | "after")[])
    ms[name]!.push(await round(sides[name]));
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(1)} ms  p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms`;
};
for (const [name, list] of Object.entries(ms))
  console.log(
    `${name.padEnd(6)} wall ${stats(list.map((r) => r.wall))}   CPU ${stats(list.map((r) => r.cpu))}  (${list.length} rounds)`,
  );
console.log(`load average at start ${loadAtStart}, at end ${load()}`);
for (const s of Object.values(sides)) await s.store.close();
