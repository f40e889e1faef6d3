import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { add, decimal, parseDecimal, subtract, toDecimalString } from "@grant-ledger/core";
import { eventLeaf, verifyStore } from "@grant-ledger/event-store";
import { createMemoryMerkleTree, rootAt } from "@grant-ledger/merkle";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleChild } from "../support/bundleChild";
import { EMMEN_AGREEMENT, hoursOf, importEmmenAs } from "../support/emmenStore";
import { probeSeed, seededRandom } from "../support/random";
import { probeSize } from "../support/size";

/**
 * R2: a writer (`crashWriter.ts`) killed with `kill -9` at random moments, K times, restarted
 * after each kill. Its fsync'd ledger names every command it acknowledged. After each kill the
 * store opens and verifies (chain, integrity check, Merkle tree against its events), every
 * acknowledged command is stored, each exactly once, at most the one command in flight is
 * stored unacknowledged, and the hours are where the stored commands put them.
 */
const size = probeSize({
  small: { kills: 3, minimum: 3, budgetMs: 60_000 },
  full: { kills: 100, minimum: 40, budgetMs: 300_000 },
});
/**
 * A kill after `ready` comes once the writer has acknowledged a random number of commands
 * below this, at a random moment within the next command (its length estimated from the
 * writer's pace so far): so kills land inside commands however fast or slow the machine is.
 */
const MAX_ACKS_BEFORE_KILL = 8;
/**
 * Share of kills aimed at start-up instead: a random moment before the writer was ready the
 * last time (module loading, opening the file and recovering its WAL).
 */
const STARTUP_KILLS = 0.15;
const FROM = "6/OBW/Blokken";
const TO = "6/OBW/Monden";
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");

let dir: string;
let writerBundle: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-r2-"));
  // Started up to a hundred times: bundled once, so a start costs node's, not tsx's.
  writerBundle = await bundleChild(join(here, "crashWriter.ts"), join(dir, "crashWriter.mjs"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the writer; `ready` resolves when it has opened the store, `acked(k)` once it has
 * acknowledged k commands (or has exited); `ackTimes` are when each acknowledgement came.
 */
const startWriter = (file: string, ledger: string) => {
  const proc = spawn(process.execPath, [writerBundle, file, ledger, EMMEN_AGREEMENT, FROM, TO], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  proc.stderr.on("data", (c) => {
    err += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const ackTimes: number[] = [];
  const waiting: { k: number; resolve: () => void }[] = [];
  let out = "";
  let readyAt: number | undefined;
  const ready = new Promise<void>((resolve) => {
    proc.stdout.on("data", (c) => {
      out += c;
      const lines = out.split("\n");
      out = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("ready")) {
          readyAt = Date.now();
          resolve();
        } else if (line.startsWith("ack ")) ackTimes.push(Date.now());
      }
      for (const w of waiting.filter((w) => ackTimes.length >= w.k)) w.resolve();
    });
  });
  // A writer that stops acknowledging is killed after 30 s anyway; the checks then say why.
  const acked = (k: number): Promise<unknown> =>
    ackTimes.length >= k
      ? Promise.resolve()
      : Promise.race([exited, sleep(30_000), new Promise<void>((resolve) => waiting.push({ k, resolve }))]);
  return { proc, ready, acked, ackTimes, readyAt: () => readyAt, exited, stderr: () => err };
};

const killNow = (proc: ChildProcess) => {
  if (!proc.kill("SIGKILL")) throw new Error("could not kill the writer");
};

/** The ledger's lines: a command id, and whether the writer saw it replayed. */
const readLedger = async (ledger: string) =>
  (await readFile(ledger, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => ({ id: line.split(" ")[0] as string, replayed: line.endsWith(" replayed") }));

/** What the store holds after a kill, checked against the ledger; throws on the first finding. */
const check = async (file: string, ledger: string, before: string) => {
  const acked = await readLedger(ledger);
  const ackedIds = acked.map((a) => a.id);
  // The writer resumes at the first id the ledger lacks: the ledger is crash-0, crash-1, ...
  expect(ackedIds).toEqual(ackedIds.map((_, i) => `crash-${i}`));

  const store = openSqliteEventStore({ file });
  try {
    const stored = new Map<string, number>();
    const leaves: Buffer[] = [];
    for await (const e of store.readAll()) {
      leaves.push(eventLeaf(e));
      const id = e.metadata.commandId;
      if (id.startsWith("crash-")) stored.set(id, (stored.get(id) ?? 0) + 1);
    }
    const verified = await verifyStore(store);
    expect(
      E.isRight(verified),
      JSON.stringify(verified, (_k, v) => (typeof v === "bigint" ? String(v) : v)),
    ).toBe(true);
    const head = await store.merkle.treeHead();
    const expected = rootAt(createMemoryMerkleTree(leaves), BigInt(leaves.length));
    if (E.isLeft(head) || E.isLeft(expected)) throw new Error("no Merkle tree head");
    expect(head.right.treeSize).toBe(BigInt(leaves.length));
    expect(Buffer.from(head.right.rootHash).toString("hex")).toBe(
      Buffer.from(expected.right).toString("hex"),
    );

    const lost = ackedIds.filter((id) => !stored.has(id));
    const duplicated = [...stored].filter(([, n]) => n !== 1).map(([id]) => id);
    const unacknowledged = [...stored.keys()].filter((id) => !ackedIds.includes(id));
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);
    // Only the command in flight at the kill may be stored without its ledger line.
    expect(unacknowledged.every((id) => id === `crash-${ackedIds.length}`)).toBe(true);

    // Odd number of stored shifts: one hour sits in TO; even: back where it started.
    const committed = stored.size;
    const hours = await hoursOf(file, EMMEN_AGREEMENT, [FROM, TO]);
    expect(hours.total).toBe(before);
    return {
      acked: acked.length,
      replayed: acked.filter((a) => a.replayed),
      unacknowledged,
      committed,
      hours,
    };
  } finally {
    await store.close();
  }
};

/** The two cells' hours after `committed` one-hour shifts back and forth from the first to the second. */
const afterShifts = (cells: readonly string[], committed: number): string[] => {
  const [from, to] = cells.map((c) => parseDecimal(c));
  if (from === undefined || to === undefined) throw new Error(`not two amounts: ${cells}`);
  const moved = decimal(committed % 2);
  return [toDecimalString(subtract(from, moved)), toDecimalString(add(to, moved))];
};

describe("R2 crash: a writer killed with kill -9 at random moments", () => {
  it("keeps every acknowledged command, once, and a store that opens and verifies", async () => {
    const random = seededRandom(probeSeed());
    const file = join(dir, "crash.db");
    const ledger = join(dir, "ledger.txt");
    await importEmmenAs(dir, file, EMMEN_AGREEMENT);
    await writeFile(ledger, "");
    const start = await hoursOf(file, EMMEN_AGREEMENT, [FROM, TO]);
    const started = Date.now();
    let kills = 0;
    let startupKills = 0;
    // Commands a kill left committed without their ledger line: the next writer must get them replayed.
    const inFlightStored = new Set<string>();
    let last: Awaited<ReturnType<typeof check>> | undefined;
    let readyMs = 1_000;
    let commandMs = 100;
    while (kills < size.kills && Date.now() - started < size.budgetMs) {
      const spawned = Date.now();
      const writer = startWriter(file, ledger);
      if (random.next() < STARTUP_KILLS) {
        startupKills++;
        await sleep(random.below(readyMs));
      } else {
        await Promise.race([writer.ready, writer.exited]);
        readyMs = Date.now() - spawned;
        await writer.acked(random.below(MAX_ACKS_BEFORE_KILL));
        await sleep(random.below(commandMs + 1));
        const times = [writer.readyAt() ?? spawned, ...writer.ackTimes];
        if (times.length > 1) commandMs = Math.ceil((times.at(-1)! - times[0]!) / (times.length - 1));
      }
      killNow(writer.proc);
      const { signal, code } = await writer.exited;
      expect(signal, `the writer exited by itself (${code}): ${writer.stderr()}`).toBe("SIGKILL");
      kills++;

      const found = await check(file, ledger, start.total);
      for (const id of found.unacknowledged) inFlightStored.add(id);
      expect(found.hours.cells).toEqual(afterShifts(start.cells, found.committed));
      last = found;
    }
    const seconds = (Date.now() - started) / 1000;
    if (last === undefined) throw new Error("no kill within the budget");
    // Each of them that the ledger holds now was acknowledged as a replay of the stored command.
    const replayed = new Set(last.replayed.map((a) => a.id));
    const acknowledgedLater = [...inFlightStored].filter((id) => !last.unacknowledged.includes(id));
    expect(acknowledgedLater.filter((id) => !replayed.has(id))).toEqual([]);
    console.log(
      `R2 crash: ${kills} kill -9 (${startupKills} during start-up), ${last.acked} commands acknowledged, ` +
        `${inFlightStored.size} committed but unacknowledged at a kill (${acknowledgedLater.length} of them since acknowledged as replays), ` +
        "0 lost, 0 duplicated, hours conserved, store verified after every kill (chain, integrity, Merkle root); " +
        `${seconds.toFixed(0)} s, seed ${random.seed}`,
    );
    expect(kills).toBeGreaterThanOrEqual(size.minimum);
    expect(last.acked).toBeGreaterThan(0);
  }, 600_000);
});
