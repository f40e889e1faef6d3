/**
 * `pnpm bench:peer`: grant-ledger against Emmett 0.38.5 on the same decider, in one run.
 * A benchmark, not a test: it prints figures and ratios and fails only if a system refuses
 * a command it should accept. Sizes: see README.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { describeMachine } from "../machine";
import { envInt, loadAverage } from "../measure";
import { seedLongAgreement } from "./longStream";
import { type Result, printResults } from "./report";
import {
  type System,
  emmettMemory,
  emmettSqliteAsShipped,
  emmettSqliteOneConnection,
  grantLedgerMemory,
  grantLedgerSqlite,
} from "./systems";
import { seedLong, seedSigned } from "./workload";
import { runCommands, runLongStream, runReplay } from "./workloads";

const MEMORY_COMMANDS = envInt("PEER_MEMORY_COMMANDS", 4_000);
const SQLITE_SINGLE_COMMANDS = envInt("PEER_SQLITE_SINGLE_COMMANDS", 400);
const SQLITE_COMMANDS = envInt("PEER_SQLITE_COMMANDS", 2_000);
const REPLAY_AGREEMENTS = envInt("PEER_REPLAY_AGREEMENTS", 200);
const LONG_EVENTS = envInt("PEER_LONG_EVENTS", 10_000);
const LONG_COMMANDS = envInt("PEER_LONG_COMMANDS", 10);
const RUN_BUDGET_MS = envInt("PEER_RUN_BUDGET_S", 30) * 1000;
const ROUNDS = envInt("PEER_ROUNDS", 3);
const WARM_UP_AGREEMENTS = 100;
/** For profiling one workload: `PEER_ONLY=replay` runs only the workloads whose name contains it. */
const only = process.env.PEER_ONLY;

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-peer-"));
let files = 0;
const file = () => join(dir, `store-${files++}.db`);

// Agreement numbers: the command workloads take [0, signed), replay [signed, replayEnd), the long stream replayEnd.
const signed = Math.ceil(Math.max(MEMORY_COMMANDS, SQLITE_COMMANDS, SQLITE_SINGLE_COMMANDS) / 2);
const replayEnd = signed + REPLAY_AGREEMENTS;
const long = replayEnd;

const loadAtStart = loadAverage();
console.log(`peer benchmark: grant-ledger against Emmett 0.38.5 (${describeMachine()})`);
console.log(`load average at start ${loadAtStart}`);
const source: EventStore = createInMemoryEventStore();
await seedSigned(source, 0, signed);
await seedLong(source, signed, replayEnd, 100);
const longOccurredAt = await seedLongAgreement(source, long, LONG_EVENTS);

/**
 * Emmett's SQLite connection `console.log`s every error inside a transaction (hundreds when
 * it fails under concurrency); the runs count failures instead.
 */
const quietly = async <T>(run: () => Promise<T>): Promise<T> => {
  const log = console.log;
  console.log = () => {};
  try {
    return await run();
  } finally {
    console.log = log;
  }
};

const results: Result[] = [];
let round = 0;
/** Systems are opened one at a time, right before their run, and closed after it. */
type Opener = () => System | Promise<System>;
const each = async (workload: string, systems: readonly Opener[], go: (s: System) => Promise<Result>) => {
  if (only !== undefined && !workload.includes(only)) return;
  // Odd rounds run the systems in reverse order, so none always runs first or last.
  for (const open of round % 2 === 0 ? systems : [...systems].reverse()) {
    const system = await open();
    results.push(await quietly(() => go(system)));
    await system.close();
    console.log(`  done: round ${round + 1}, ${workload}, ${system.label} (load ${loadAverage()})`);
  }
};

const memory: Opener[] = [() => grantLedgerMemory(false), () => grantLedgerMemory(true), emmettMemory];
const sqlite: Opener[] = [
  () => grantLedgerSqlite(file(), false),
  () => grantLedgerSqlite(file(), true),
  () => emmettSqliteAsShipped(file()),
  () => emmettSqliteOneConnection(file()),
];
const commands = (workload: string, count: number, clients: number) => (s: System) =>
  runCommands(workload, s, source, Math.ceil(count / 2), clients, RUN_BUDGET_MS);

// Untimed: every code path once through the JIT before anything is measured.
for (const open of [...memory, ...sqlite]) {
  const system = await open();
  await quietly(() => runCommands("warm-up", system, source, Math.min(WARM_UP_AGREEMENTS, signed), 1));
  await system.close();
}
console.log(`  done: warm-up (load ${loadAverage()})`);

for (round = 0; round < ROUNDS; round++) {
  await each("in-memory, 1 client", memory, commands("in-memory, 1 client", MEMORY_COMMANDS, 1));
  await each("in-memory, 32 clients", memory, commands("in-memory, 32 clients", MEMORY_COMMANDS, 32));
  await each("SQLite, 1 client", sqlite, commands("SQLite, 1 client", SQLITE_SINGLE_COMMANDS, 1));
  await each("SQLite, 32 clients", sqlite, commands("SQLite, 32 clients", SQLITE_COMMANDS, 32));
  // Replay folds from the stream: the state cache has nothing to do there.
  const uncachedOnly = (systems: readonly Opener[]) => systems.filter((_, i) => i !== 1);
  await each("replay, in-memory", uncachedOnly(memory), (s) =>
    runReplay("replay, in-memory", s, source, signed, replayEnd),
  );
  await each("replay, SQLite", uncachedOnly(sqlite), (s) =>
    runReplay("replay, SQLite", s, source, signed, replayEnd),
  );
  await each(`one command on a ${LONG_EVENTS}-event stream, SQLite`, sqlite, (s) =>
    runLongStream(
      `one command on a ${LONG_EVENTS.toLocaleString("en-US")}-event stream, SQLite`,
      s,
      source,
      long,
      {
        commands: LONG_COMMANDS,
        occurredAt: longOccurredAt,
      },
    ),
  );
}

printResults(results);
console.log(`load average at start ${loadAtStart}, at end ${loadAverage()}`);
rmSync(dir, { recursive: true, force: true });
