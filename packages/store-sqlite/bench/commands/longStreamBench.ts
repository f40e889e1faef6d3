/**
 * Child process of bench/run.ts: does a command cost the same on a long agreement stream as
 * on a short one? Two agreements are written through the adapter, one of 100 events and one
 * of 100,000 (BENCH_LONG_EVENTS), both the fold benchmark's history (`core/bench/longHistory`:
 * proposal, negotiation, signing, then requests approved or rejected and monthly result
 * reports). Then the same run of the history's next commands (BENCH_LONG_COMMANDS, default
 * 200) is handled on each, durably, four ways:
 *
 * - handler: `agreements.handle` without a cache (folds the whole stream
 *   for every command; on the long stream only a few commands are run, it is that slow);
 * - handler + state cache: the same handler with its in-process cache, warmed by one command;
 * - handler + durable snapshots: `agreements.handle` without a cache, with the store's snapshot
 *   store (`stream_snapshots` and `snapshot_keys` in the same file): each command reads the
 *   latest snapshot, checks it against the event at its revision, folds only the events after
 *   it, looks up in the key index what the snapshot leaves out (the batch's command ids, a
 *   request's decided id), decides and appends; every BENCH_SNAPSHOT_EVERY (100) events it
 *   writes a new snapshot with the keys since the last one, its cost included. Warmed by one
 *   untimed command, which folds the whole stream and writes the first snapshot.
 *
 * A benchmark, not a test: it prints the cost per command and the long/short ratio.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agreementStreamId, createAgreements } from "@grant-ledger/agreements";
import type { AgreementState, Command, DomainEvent } from "@grant-ledger/core";
import { longHistory } from "../../../core/bench/longHistory";
import { openSqliteEventStore } from "../../src";
import { envInt, loadAverage, stopwatch } from "../measure";
import {
  commandFrom,
  decideOrThrow,
  evolve,
  evolveRecorded,
  initialState,
  toAppend,
} from "../scenario/agreementDomain";
import { agreementId } from "../scenario/agreementScript";

const LONG = envInt("BENCH_LONG_EVENTS", 100_000);
const SHORT = 100;
const COMMANDS = envInt("BENCH_LONG_COMMANDS", 200);
const UNCACHED_LONG_COMMANDS = 3;
const SNAPSHOT_EVERY = envInt("BENCH_SNAPSHOT_EVERY", 100);

const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-long-"));
const store = openSqliteEventStore({ file: join(dir, "long.db") });
const snapshotSize = store.database
  .prepare("SELECT length(state) FROM stream_snapshots WHERE stream_id = ? ORDER BY revision DESC LIMIT 1")
  .pluck();

const decides = (command: Command, state: AgreementState): boolean =>
  !(
    (command.type === "ApproveReallocation" || command.type === "RejectReallocation") &&
    !state.pendingReallocations.has(command.data.requestId)
  );

interface Agreement {
  readonly streamId: string;
  readonly events: number;
  /** The history's commands after the written part: what the measured runs handle. */
  readonly next: Command[];
}

/**
 * Writes agreement `n`'s first `events` events through the adapter (decided by the core, in
 * appends of up to 500 events), and keeps the commands that follow for the measured runs.
 */
const seed = async (n: number, events: number): Promise<Agreement> => {
  const streamId = agreementStreamId(agreementId(n));
  let state = initialState;
  let written = 0;
  let batch: DomainEvent[] = [];
  let revision: bigint | "no-stream" = "no-stream";
  const flush = async () => {
    if (batch.length === 0) return;
    const appended = await store.appendToStream(streamId, batch.map(toAppend), revision);
    if (appended._tag === "Left") throw new Error(`seed append refused: ${JSON.stringify(appended.left)}`);
    revision = appended.right.nextExpectedRevision;
    batch = [];
  };
  const next: Command[] = [];
  for (const json of longHistory(n)) {
    const command = commandFrom(json);
    if (written >= events) {
      next.push(command);
      // Enough for every run of the measured commands, whatever the policy holds for approval.
      if (next.length >= COMMANDS * 8) break;
      continue;
    }
    if (!decides(command, state)) continue;
    const decided = decideOrThrow(command, state);
    for (const e of decided) state = evolve(state, e);
    batch.push(...decided);
    written += decided.length;
    if (batch.length >= 500) await flush();
  }
  await flush();
  console.log(`  ${streamId}: ${written} events written`);
  return { streamId, events: written, next };
};

/** The measured commands for one run: taken in order, skipping decisions on requests not pending. */
const takeCommands = (a: Agreement, state: () => AgreementState) => {
  let i = 0;
  return (): Command | undefined => {
    while (i < a.next.length) {
      const command = a.next[i++]!;
      if (decides(command, state())) return command;
    }
    return undefined;
  };
};

// The first two ways as before durable snapshots existed: without them.
const plain = createAgreements({ store, snapshots: false }).handle;
const cached = createAgreements({ store, stateCache: { maxStreams: 4 }, snapshots: false }).handle;
const snapshotted = createAgreements({
  store,
  snapshots: { store: store.snapshots, every: SNAPSHOT_EVERY },
}).handle;

const viaHandler =
  (handler: typeof plain) =>
  async (command: Command): Promise<readonly DomainEvent[]> => {
    const outcome = await handler(command);
    if (outcome._tag === "Left" || outcome.right.idempotentReplay)
      throw new Error(
        `bench command not applied: ${JSON.stringify(outcome, (_k, v) => (typeof v === "bigint" ? `${v}` : v))}`,
      );
    return outcome.right.events;
  };

interface Measured {
  readonly commands: number;
  readonly msPerCommand: number;
  readonly cpuMsPerCommand: number;
}

/** Runs `count` of an agreement's next commands one after another; the state decides which apply. */
const measureRun = async (
  next: () => Command | undefined,
  count: number,
  handleOne: (c: Command) => Promise<unknown>,
): Promise<Measured> => {
  const stop = stopwatch();
  let done = 0;
  for (; done < count; done++) {
    const command = next();
    if (command === undefined) break;
    await handleOne(command);
  }
  const { secs, cpuSecs } = stop();
  return { commands: done, msPerCommand: (1000 * secs) / done, cpuMsPerCommand: (1000 * cpuSecs) / done };
};

console.log(
  `long-stream commands: ${SHORT} and ${LONG} events, durability on; load average ${loadAverage()}`,
);
const short = await seed(0, SHORT);
const long = await seed(1, LONG);

/**
 * Each run continues the agreement's history where the previous run stopped, so the runs see
 * the same kind of commands. A local state, evolved with the events each command produced,
 * tells which of the next commands apply (a decision needs a pending request).
 */
const follow = async (a: Agreement) => {
  let state = initialState;
  for await (const r of store.readStream(a.streamId)) state = evolveRecorded(state, r);
  return {
    get: () => state,
    track: (handleOne: (c: Command) => Promise<readonly DomainEvent[]>) => async (c: Command) => {
      for (const e of await handleOne(c)) state = evolve(state, e);
    },
  };
};

type Way = "handler" | "handler + state cache" | "handler + durable snapshots";
const results: { way: Way; agreement: Agreement; m: Measured }[] = [];
for (const agreement of [short, long]) {
  const local = await follow(agreement);
  const next = takeCommands(agreement, local.get);
  const uncachedCount = agreement === long ? UNCACHED_LONG_COMMANDS : COMMANDS;
  results.push({
    way: "handler",
    agreement,
    m: await measureRun(next, uncachedCount, local.track(viaHandler(plain))),
  });
  // Warm the cache with one command (the cold fold), untimed.
  const warm = next();
  if (warm !== undefined) await local.track(viaHandler(cached))(warm);
  results.push({
    way: "handler + state cache",
    agreement,
    m: await measureRun(next, COMMANDS, local.track(viaHandler(cached))),
  });
  // Warm with one command: it folds the whole stream and writes the first snapshot (untimed).
  const first = next();
  if (first !== undefined) await local.track(viaHandler(snapshotted))(first);
  results.push({
    way: "handler + durable snapshots",
    agreement,
    m: await measureRun(next, COMMANDS, local.track(viaHandler(snapshotted))),
  });
  console.log(
    `  ${agreement.streamId}: latest snapshot ${((snapshotSize.get(agreement.streamId) as number) / 1024).toFixed(1)} KiB`,
  );
}
await store.close();
rmSync(dir, { recursive: true, force: true });

console.log("  way                          stream    commands   ms/command  CPU ms/command");
for (const r of results) {
  console.log(
    `  ${r.way.padEnd(27)} ${String(r.agreement.events).padStart(7)} ${String(r.m.commands).padStart(11)} ${r.m.msPerCommand.toFixed(3).padStart(12)} ${r.m.cpuMsPerCommand.toFixed(3).padStart(15)}`,
  );
}
for (const way of ["handler", "handler + state cache", "handler + durable snapshots"] as const) {
  const [s, l] = [short, long].map((a) => results.find((r) => r.way === way && r.agreement === a)?.m);
  if (s !== undefined && l !== undefined)
    console.log(
      `  ${way}: ${LONG}-event stream / ${SHORT}-event stream = ${(l.msPerCommand / s.msPerCommand).toFixed(2)}× by wall time, ${(l.cpuMsPerCommand / s.cpuMsPerCommand).toFixed(2)}× by CPU (target ≤ 1.5×)`,
    );
}
const plainShort = results.find((r) => r.way === "handler" && r.agreement === short)?.m;
const snapLong = results.find((r) => r.way === "handler + durable snapshots" && r.agreement === long)?.m;
if (plainShort !== undefined && snapLong !== undefined)
  console.log(
    `  durable snapshots on ${LONG} events / the handler without them on ${SHORT} events = ${(snapLong.msPerCommand / plainShort.msPerCommand).toFixed(2)}×`,
  );
console.log(`  load average at end ${loadAverage()}`);
