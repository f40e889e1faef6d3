/**
 * Child process of bench/run.ts. Command throughput with durability on (WAL, synchronous=FULL,
 * every command acknowledged only after its commit): the agreements package's `handle` decodes
 * the command, loads the agreement stream, the core decides, the adapter appends with the expected revision.
 * Measured with one client, then with 32 concurrent in-process clients (group commit), then
 * with 32 clients through the same handler with its state cache on hot agreements.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import type { Command } from "@grant-ledger/core";
import { openSqliteEventStore } from "../../src";
import { EVENT_COLUMNS } from "../../src/read/eventRow";
import { envInt, loadAverage, rate, stopwatch } from "../measure";
import { commandFrom } from "../scenario/agreementDomain";
import { agreementScript } from "../scenario/agreementScript";
import { benchStreamId, seedAgreements } from "../scenario/seedAgreements";

const singleCommands = envInt("BENCH_COMMANDS_SINGLE", 1_000);
const concurrentCommands = envInt("BENCH_COMMANDS_CONCURRENT", 4_000);
const cachedSingleCommands = envInt("BENCH_COMMANDS_CACHED_SINGLE", 1_000);
const cachedCommands = envInt("BENCH_COMMANDS_CACHED", 20_000);
const CLIENTS = 32;

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-commands-"));
const store = openSqliteEventStore({ file: join(dir, "commands.db") });

// Each agreement gets two commands, a reallocation request and its approval, right after
// signing: the agreement has 6 events (proposal with its 36-cell offer, two negotiation
// rounds, two signatures, the signed baseline) when the request is loaded.
const singleAgreements = Math.ceil(singleCommands / 2);
const concurrentAgreements = Math.ceil(concurrentCommands / 2);
const cachedSingleAgreements = Math.ceil(cachedSingleCommands / 2);
const cachedAgreements = Math.ceil(cachedCommands / 2);
const cachedFrom = singleAgreements + concurrentAgreements;
const cachedConcurrentFrom = cachedFrom + cachedSingleAgreements;
const agreements = cachedConcurrentFrom + cachedAgreements;
await seedAgreements(store, { from: 0, to: cachedFrom, eventsEach: 100, commandsEach: 5 });
// The cached run's agreements get their last signature through the caching handler below, so
// their state is hot as in a server that handled the signing.
await seedAgreements(store, { from: cachedFrom, to: agreements, eventsEach: 100, commandsEach: 4 });
const commandsOf = (n: number): [Command, Command] => {
  const script = agreementScript(n);
  return [commandFrom(script[5]!), commandFrom(script[6]!)];
};
const work = Array.from({ length: agreements }, (_, n) => commandsOf(n));

const { handle } = createAgreements({ store });

const { handle: cachedHandle } = createAgreements({
  store,
  stateCache: { maxStreams: cachedSingleAgreements + cachedAgreements },
});

const applied =
  (through: typeof handle) =>
  async (c: Command): Promise<void> => {
    const outcome = await through(c);
    if (outcome._tag === "Left" || outcome.right.idempotentReplay) {
      throw new Error(
        `bench command not applied: ${JSON.stringify(outcome, (_k, v) => (typeof v === "bigint" ? `${v}` : v))}`,
      );
    }
  };

const run = async (
  from: number,
  to: number,
  clients: number,
  handleOne: (c: Command) => Promise<void> = applied(handle),
): Promise<number> => {
  let next = from;
  let handled = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < to) {
        for (const command of work[next++]!) {
          await handleOne(command);
          handled++;
        }
      }
    }),
  );
  return handled;
};

/**
 * Raw baseline for the same agreements: read the stream's rows and JSON.parse them, then
 * write one row of the same size in a durable transaction: one commit per command for the
 * single client, one per 32 commands for the concurrent case (what group commit achieves).
 */
store.database.exec("CREATE TABLE bench_raw_appends (stream_id TEXT, data TEXT, metadata TEXT)");
const rawRows = store.database
  .prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? ORDER BY revision`)
  .raw();
const rawInsert = store.database.prepare("INSERT INTO bench_raw_appends VALUES (?, ?, ?)");
const rawCommit = store.database.transaction((rows: [string, string, string][]) => {
  for (const r of rows) rawInsert.run(...r);
});
const rawBaseline = (from: number, to: number, group: number): number => {
  let commands = 0;
  let pending: [string, string, string][] = [];
  for (let n = from; n < to; n++) {
    for (let k = 0; k < 2; k++) {
      let last: unknown[] = [];
      for (const row of rawRows.iterate(benchStreamId(n)) as IterableIterator<unknown[]>) {
        JSON.parse(row[5] as string);
        JSON.parse(row[6] as string);
        last = row;
      }
      pending.push([benchStreamId(n), last[5] as string, last[6] as string]);
      commands++;
      if (pending.length >= group) {
        rawCommit.immediate(pending);
        pending = [];
      }
    }
  }
  if (pending.length > 0) rawCommit.immediate(pending);
  return commands;
};

const measure = async (label: string, go: () => Promise<number> | number) => {
  const stop = stopwatch();
  const count = await go();
  return { label, count, ...stop() };
};
const loadAtStart = loadAverage();

const results = [
  await measure("raw, 1 client", () => rawBaseline(0, singleAgreements, 1)),
  await measure("handler, 1 client", () => run(0, singleAgreements, 1)),
  await measure(`raw, ${CLIENTS} clients (${CLIENTS} per commit)`, () =>
    rawBaseline(singleAgreements, cachedFrom, CLIENTS),
  ),
  await measure(`handler, ${CLIENTS} clients`, () => run(singleAgreements, cachedFrom, CLIENTS)),
];
// Not timed: the municipality's signature, through the caching handler, leaves each state hot.
for (let n = cachedFrom; n < agreements; n++) {
  await applied(cachedHandle)(commandFrom(agreementScript(n)[4]!));
}
const cachedSingle = await measure("handler + state cache, 1 client", () =>
  run(cachedFrom, cachedConcurrentFrom, 1, applied(cachedHandle)),
);
// BENCH_CPU_PROFILE=<file>: a V8 CPU profile of this run alone (the seeding is left out).
const profileFile = process.env.BENCH_CPU_PROFILE;
const profiler = profileFile === undefined || profileFile === "" ? undefined : new Session();
if (profiler !== undefined) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
const cachedRun = await measure(`handler + state cache, ${CLIENTS} clients`, () =>
  run(cachedConcurrentFrom, agreements, CLIENTS, applied(cachedHandle)),
);
if (profiler !== undefined && profileFile !== undefined) {
  const { profile } = await profiler.post("Profiler.stop");
  writeFileSync(profileFile, JSON.stringify(profile));
  profiler.disconnect();
}
await store.close();
rmSync(dir, { recursive: true, force: true });

type Measured = Awaited<ReturnType<typeof measure>>;
const line = (r: Measured, raw: Measured) =>
  `  ${r.label.padEnd(36)} ${String(r.count).padStart(6)} commands ${r.secs.toFixed(2).padStart(7)} s ${rate(r.count, r.secs).padStart(7)}/s ${((100 * r.count) / r.secs / (raw.count / raw.secs)).toFixed(1).padStart(5)}% of raw` +
  `  | CPU ${r.cpuSecs.toFixed(2).padStart(6)} s ${rate(r.count, r.cpuSecs).padStart(7)}/CPU-s`;
const [raw1, handler1, raw32, handler32] = results as [Measured, Measured, Measured, Measured];
console.log("commands with durability on (WAL, synchronous=FULL; acknowledged after commit)");
console.log("  handler = event-store command handler: load (readStream + decode + evolve), decide, append");
console.log(
  "  state cache = same handler keeping each stream's state: decides on it, the append's expected revision checks it",
);
for (const [r, raw] of [
  [raw1, raw1],
  [handler1, raw1],
  [cachedSingle, raw1],
  [raw32, raw32],
  [handler32, raw32],
  [cachedRun, raw32],
] as const) {
  console.log(line(r, raw));
}
const verdict = (r: Measured) =>
  `${r.count / r.secs >= 5000 ? "met" : "MISSED"} (${rate(r.count, r.secs)}/s)`;
console.log(
  `  target ≥ 5,000 commands/s with ${CLIENTS} clients: handler ${verdict(handler32)}, with state cache ${verdict(cachedRun)}`,
);
console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
