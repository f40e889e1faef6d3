/**
 * What keeping every view current costs the durable command path: 32 in-process clients send
 * reallocation requests through `agreements.handle` to a SQLite store (WAL, synchronous=FULL),
 * with the views off and on (live upkeep in the same process), alternating off / on / off / on
 * in one run; "on" ends when the views have applied every event. Target: at most 15% fewer
 * commands per second with the views on.
 *
 * A command folds the events after its agreement's last durable snapshot (one every
 * DEFAULT_SNAPSHOT_EVERY events), so its cost rises and falls with the distance from it. A phase
 * therefore runs whole snapshot cycles on every agreement: with 50 commands an agreement a
 * phase, the "on" phases always fell in the second half of a cycle and read ~2.8× the events
 * the "off" ones read, a cost of the bench, not of the views.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SNAPSHOT_EVERY, createAgreements } from "@grant-ledger/agreements";
import { proposeExample, requestReallocation, shift, signBy } from "@grant-ledger/core/testing";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { storeViews } from "../src";
import { envInt, loadAverage, seconds } from "./measure";

const CLIENTS = 32;
const cycle = CLIENTS * DEFAULT_SNAPSHOT_EVERY;
const perPhase = Math.ceil(envInt("BENCH_UPKEEP_COMMANDS", cycle) / cycle) * cycle;
const dir = mkdtempSync(join(tmpdir(), "grant-ledger-bench-upkeep-"));
const store = openSqliteEventStore({ file: join(dir, "upkeep.db") });
const { handle } = createAgreements({ store });
const loadAtStart = loadAverage();

const withId = <C extends { data: object }>(c: C, agreementId: string): C => ({
  ...c,
  data: { ...c.data, agreementId },
});
const must = async (input: unknown) => {
  const r = await handle(input);
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
};

try {
  const agreements = Array.from({ length: CLIENTS }, (_, i) => `bench-${i}`);
  for (const id of agreements)
    for (const c of [proposeExample({ agreementId: id }), signBy("provider", id), signBy("municipality", id)])
      await must(c);
  let sequence = 0;
  /** 32 clients, each on its own agreement, each sending its next small shift when the last is acknowledged. */
  const phase = async (commands: number) => {
    let left = commands;
    await Promise.all(
      agreements.map(async (id) => {
        while (left-- > 0) {
          sequence++;
          const [from, to] =
            sequence % 2 === 0 ? ["6/OBW/Stad", "6/JW/Velden"] : ["6/JW/Velden", "6/OBW/Stad"];
          await must(
            withId(requestReallocation(`r-${sequence}`, [shift(from as string, to as string, 1)]), id),
          );
        }
      }),
    );
  };
  const liveDelayMs =
    process.env.BENCH_UPKEEP_DELAY_MS === undefined ? undefined : Number(process.env.BENCH_UPKEEP_DELAY_MS);
  const views = storeViews(store, liveDelayMs === undefined ? {} : { liveDelayMs });
  await views.upkeep.catchUp();
  // The views' own share: time inside their transactions (steps, row writes, commit), which run
  // synchronously on this thread; reading the events for them is not in it.
  let applying = 0;
  const transact = views.tables.transact.bind(views.tables);
  (views.tables as { transact: typeof transact }).transact = (body) => {
    const start = process.hrtime.bigint();
    try {
      transact(body);
    } finally {
      applying += Number(process.hrtime.bigint() - start) / 1e6;
    }
  };
  const results: {
    views: "off" | "on";
    rate: number;
    cpuRate: number;
    applyingMs: number;
    cpuMs: number;
  }[] = [];
  const rounds = envInt("BENCH_UPKEEP_ROUNDS", 2);
  for (const on of Array.from({ length: 2 * rounds }, (_, i) => i % 2 === 1)) {
    const cpuBefore = process.cpuUsage();
    applying = 0;
    const { secs } = await seconds(async () => {
      const live = on ? views.upkeep.start() : undefined;
      await phase(perPhase);
      await live?.stop();
    });
    const cpu = process.cpuUsage(cpuBefore);
    if (!on) await views.upkeep.catchUp(); // not timed: the next "on" phase starts current
    results.push({
      views: on ? "on" : "off",
      rate: perPhase / secs,
      cpuRate: perPhase / ((cpu.user + cpu.system) / 1e6),
      applyingMs: applying,
      cpuMs: (cpu.user + cpu.system) / 1e3,
    });
  }
  const mean = (v: "on" | "off", of: "rate" | "cpuRate" = "rate") => {
    const r = results.filter((x) => x.views === v).map((x) => x[of]);
    return r.reduce((a, b) => a + b, 0) / r.length;
  };
  console.log(
    `keeping views current: ${CLIENTS} clients, ${perPhase} durable commands per phase, off/on × ${rounds}`,
  );
  for (const r of results)
    console.log(
      `  views ${r.views.padEnd(3)} ${Math.round(r.rate).toLocaleString("en-US").padStart(8)} commands/s, ${Math.round(r.cpuRate).toLocaleString("en-US").padStart(8)} per CPU-second${r.views === "on" ? `; applying the views ${Math.round(r.applyingMs)} ms (${((1000 * r.applyingMs) / perPhase).toFixed(0)} µs an event, ${((100 * r.applyingMs) / r.cpuMs).toFixed(1)}% of the phase's CPU)` : ""}`,
    );
  const cost = 1 - mean("on") / mean("off");
  console.log(
    `  cost of upkeep ${(100 * cost).toFixed(1)}% by wall time (target ≤ 15%): ${cost <= 0.15 ? "met" : "MISSED"}; ${(100 * (1 - mean("on", "cpuRate") / mean("off", "cpuRate"))).toFixed(1)}% by CPU time`,
  );
  console.log(`  load average at start ${loadAtStart}, at end ${loadAverage()}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
