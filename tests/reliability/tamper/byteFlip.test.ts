import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RecordedEvent, isStorageBreak, verifyStore } from "@grant-ledger/event-store";
import { type SqliteEventStore, openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Random, probeSeed, seededRandom } from "../support/random";
import { breather, probeSize } from "../support/size";
import { type SeededStore, seedStore } from "./seedStore";

const size = probeSize({
  small: { streams: 4, eventsPerStream: 10, flips: 30, budgetMs: 60_000 },
  full: { streams: 8, eventsPerStream: 41, flips: 600, budgetMs: 300_000 },
});

type Outcome =
  | "refused at open"
  | "storage break"
  | "event break"
  | "harmless"
  | "SILENT"
  | "DISAGREE"
  | "THREW";

/** What threw, for the report: verify must name a break instead. */
const thrown: string[] = [];

const eventsText = async (store: SqliteEventStore): Promise<string> => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return JSON.stringify(out, (_, v) => (typeof v === "bigint" ? v.toString() : v));
};

const integrityHolds = (store: SqliteEventStore): boolean => {
  try {
    const rows = store.database.pragma("integrity_check") as { integrity_check: string }[];
    return rows.every((r) => r.integrity_check === "ok");
  } catch {
    return false; // damaged beyond checking
  }
};

/** Flips one to three random bytes anywhere in the closed file. */
const flipBytes = (file: string, random: Random): number[] => {
  const bytes = readFileSync(file);
  const offsets = Array.from({ length: 1 + random.below(3) }, () => random.below(bytes.length));
  for (const at of offsets) bytes[at] = (bytes[at] ?? 0) ^ (1 + random.below(255));
  writeFileSync(file, bytes);
  return offsets;
};

const trial = async (seed: SeededStore, original: string, file: string, random: Random): Promise<Outcome> => {
  copyFileSync(seed.file, file);
  flipBytes(file, random);
  let store: SqliteEventStore;
  try {
    store = openSqliteEventStore({ file });
  } catch {
    return "refused at open";
  }
  try {
    // Asked on its own first: whatever SQLite's full check finds, verify must not pass.
    const integrity = integrityHolds(store);
    const whole = await verifyStore(store);
    const streams = await Promise.all(seed.streams.map((streamId) => verifyStore(store, { streamId })));
    if (E.isLeft(whole)) return isStorageBreak(whole.left) ? "storage break" : "event break";
    if (streams.some(E.isLeft)) return "DISAGREE";
    if (!integrity || (await eventsText(store)) !== original) return "SILENT";
    return "harmless";
  } catch (e) {
    thrown.push((e as Error).message);
    return "THREW";
  } finally {
    await store.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
};

describe("R4 tampering: random byte flips in the SQLite file", () => {
  const dir = mkdtempSync(join(tmpdir(), "gl-r4-flip-"));
  let seed: SeededStore;
  let original: string;
  beforeAll(async () => {
    seed = await seedStore(dir, size);
    const store = openSqliteEventStore({ file: seed.file });
    original = await eventsText(store);
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("never pass verify silently: a damaged file or changed event is a break, whole-store and per stream alike", async () => {
    const random = seededRandom(probeSeed());
    const outcomes = new Map<Outcome, number>();
    const started = Date.now();
    let trials = 0;
    while (trials < size.flips && (trials < 10 || Date.now() - started < size.budgetMs)) {
      const outcome = await trial(seed, original, join(dir, "flipped.db"), random);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      await breather();
      trials++;
    }
    if (thrown.length > 0)
      console.log(`R4 byte flips that threw:\n${[...new Set(thrown)].slice(0, 5).join("\n")}`);
    const counts = [...outcomes.entries()].map(([o, n]) => `${o} ${n}`).join(", ");
    console.log(
      `R4 byte flips: ${trials} files (${seed.events} events, 1-3 bytes each), seed ${random.seed}, ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts}`,
    );
    expect({
      silent: outcomes.get("SILENT") ?? 0,
      disagree: outcomes.get("DISAGREE") ?? 0,
      threw: outcomes.get("THREW") ?? 0,
    }).toEqual({ silent: 0, disagree: 0, threw: 0 });
  });
});
