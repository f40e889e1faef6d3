/**
 * Child process of bench/run.ts. Command throughput with durability on (WAL, synchronous=FULL,
 * every command acknowledged only after its commit): the agreements package's `handle` decodes
 * the command, loads the agreement stream, the core decides, the adapter appends with the expected revision.
 * Measured with one client, then with 32 concurrent in-process clients (group commit), then
 * with 32 clients through the same handler with its state cache on hot agreements. Last, the
 * Merkle tree's share (issue 14): the cached 32-client run alternating between the store as
 * it is and the same append path with the tree left out, in the same process and file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAgreements } from "@grant-ledger/agreements";
import type { Command } from "@grant-ledger/core";
import type { EventStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "../../src";
import { appendInTransaction } from "../../src/append/appendInTransaction";
import { groupCommit } from "../../src/append/groupCommit";
import { sqliteMerkleTree } from "../../src/merkle/sqliteMerkleTree";
import { EVENT_COLUMNS } from "../../src/read/eventRow";
import { envInt, loadAverage, rate, stopwatch } from "../measure";
import { commandFrom } from "../scenario/agreementDomain";
import { agreementScript } from "../scenario/agreementScript";
import { benchStreamId, seedAgreements } from "../scenario/seedAgreements";

const singleCommands = envInt("BENCH_COMMANDS_SINGLE", 1_000);
const concurrentCommands = envInt("BENCH_COMMANDS_CONCURRENT", 4_000);
const cachedSingleCommands = envInt("BENCH_COMMANDS_CACHED_SINGLE", 1_000);
const cachedCommands = envInt("BENCH_COMMANDS_CACHED", 20_000);
const merkleCommands = envInt("BENCH_COMMANDS_MERKLE", 8_000);
const MERKLE_ROUNDS = envInt("BENCH_MERKLE_ROUNDS", 4);
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
const merkleFrom = cachedConcurrentFrom + cachedAgreements;
// Per round, one half with the tree and one without.
const merkleHalf = Math.max(1, Math.ceil(merkleCommands / (4 * MERKLE_ROUNDS)));
const agreements = merkleFrom + 2 * MERKLE_ROUNDS * merkleHalf;
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
  stateCache: { maxStreams: agreements - cachedFrom },
});

/**
 * The store's own append path (the same `appendInTransaction` and group commit, on the same
 * connection) with the Merkle tree left out: only for measuring what the tree costs. The
 * leaves it leaves out are filled in, untimed, before the store appends again.
 */
const withoutTree = groupCommit(
  store.database,
  appendInTransaction(store.database),
  { appendEvents: () => undefined, committed: () => undefined },
  { maxBatch: 256, busyRetries: 20, onCommitted: () => undefined },
);
const storeWithoutTree: Pick<EventStore, "appendToStream" | "readStream"> = {
  readStream: store.readStream,
  appendToStream: async (streamId, events, expected) => withoutTree.submit({ streamId, events, expected }),
};
const { handle: cachedHandleWithoutTree } = createAgreements({
  store: storeWithoutTree,
  stateCache: { maxStreams: agreements - merkleFrom },
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
type Measured = Awaited<ReturnType<typeof measure>>;
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
// The Merkle runs' halves without the tree are signed through the handler they run with.
const withoutTreeHalf = (n: number) => n >= merkleFrom && Math.floor((n - merkleFrom) / merkleHalf) % 2 === 1;
for (let n = cachedFrom; n < agreements; n++) {
  const through = withoutTreeHalf(n) ? cachedHandleWithoutTree : cachedHandle;
  await applied(through)(commandFrom(agreementScript(n)[4]!));
}
await withoutTree.drain();
sqliteMerkleTree(store.database).catchUp();
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
  run(cachedConcurrentFrom, merkleFrom, CLIENTS, applied(cachedHandle)),
);
if (profiler !== undefined && profileFile !== undefined) {
  const { profile } = await profiler.post("Profiler.stop");
  writeFileSync(profileFile, JSON.stringify(profile));
  profiler.disconnect();
}
const merkleRuns: { withTree: Measured; without: Measured }[] = [];
for (let round = 0; round < MERKLE_ROUNDS; round++) {
  const at = merkleFrom + 2 * round * merkleHalf;
  const withTree = await measure("with the Merkle tree", () =>
    run(at, at + merkleHalf, CLIENTS, applied(cachedHandle)),
  );
  const without = await measure("without it", () =>
    run(at + merkleHalf, at + 2 * merkleHalf, CLIENTS, applied(cachedHandleWithoutTree)),
  );
  await withoutTree.drain();
  sqliteMerkleTree(store.database).catchUp();
  merkleRuns.push({ withTree, without });
}
await withoutTree.drain();
await store.close();
rmSync(dir, { recursive: true, force: true });
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
const sum = (ms: readonly Measured[], f: (m: Measured) => number) => ms.reduce((a, m) => a + f(m), 0);
const share = (f: (m: Measured) => number) => {
  const withTree = merkleRuns.map((r) => r.withTree);
  const without = merkleRuns.map((r) => r.without);
  const perWith = sum(withTree, f) / sum(withTree, (m) => m.count);
  const perWithout = sum(without, f) / sum(without, (m) => m.count);
  return (100 * (perWith - perWithout)) / perWith;
};
console.log(
  `Merkle tree (issue 14): handler + state cache, ${CLIENTS} clients, ${MERKLE_ROUNDS} rounds alternating`,
);
for (const [round, r] of merkleRuns.entries()) {
  for (const m of [r.withTree, r.without]) {
    console.log(
      `  round ${round + 1} ${m.label.padEnd(22)} ${String(m.count).padStart(6)} commands ${m.secs.toFixed(2).padStart(7)} s ${rate(m.count, m.secs).padStart(7)}/s | CPU ${m.cpuSecs.toFixed(2).padStart(6)} s ${rate(m.count, m.cpuSecs).padStart(7)}/CPU-s`,
    );
  }
}
console.log(
  `  the tree's share of the time per command: ${share((m) => m.secs).toFixed(1)}% by wall time, ${share((m) => m.cpuSecs).toFixed(1)}% by CPU time (target ≤ 10%)`,
);
console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
