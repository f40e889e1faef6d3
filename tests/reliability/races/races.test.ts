import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeSize } from "../support/size";
import { type CliRun, cli, emmenFixture } from "./cliProcess";

/**
 * R5: two `grant-ledger` processes race on the same SQLite file, on the same cell or the same
 * pending request. Exactly one may succeed; the other is refused (exit 4), nothing is overdrawn
 * or decided twice, and the store verifies.
 */
const rounds = probeSize({ small: 1, full: 6 });
const budgetMs = probeSize({ small: 60_000, full: 300_000 });

const agreement = "emmen-sedna-2007";
const provider = "sedna:provider:A. Bakker";
const municipality = "gm0114:municipality:M. Thalens-Kolker";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-r5-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const seeded = async (name: string): Promise<string> => {
  const store = `sqlite:${join(dir, `${name}.db`)}`;
  const imported = await cli([
    "import",
    join(emmenFixture, "manifest.json"),
    "--store",
    store,
    "--sign",
    join(emmenFixture, "signatures.json"),
    "--create",
  ]);
  expect(imported.code, imported.err).toBe(0);
  return store;
};

const eventTypes = async (store: string): Promise<string[]> => {
  const sqlite = openSqliteEventStore({ file: store.slice("sqlite:".length) });
  const types: string[] = [];
  for await (const e of sqlite.readAll()) types.push(e.type);
  await sqlite.close();
  return types;
};

const outcomes = (runs: readonly CliRun[]) => runs.map((r) => r.code).sort();

describe("R5 races between processes", () => {
  it("same cell, same pending request: exactly one of two succeeds", async () => {
    const started = Date.now();
    let cellRaces = 0;
    let requestRaces = 0;
    for (let round = 0; round < rounds && Date.now() - started < budgetMs; round++) {
      // 6/OBW/Velden holds 30 h: either shift of 20 h is allowed alone, both would overdraw it.
      const cellStore = await seeded(`cell-${round}`);
      const shift = (i: number) =>
        cli([
          "reallocate",
          ...["--store", cellStore, "--agreement", agreement],
          ...["--from", "6/OBW/Velden", "--to", "6/OBW/Stad", "--units", "20"],
          ...["--actor", provider, "--reason", `race ${i}`, "--command-id", `cell-${round}-${i}`],
        ]);
      const cell = await Promise.all([shift(1), shift(2)]);
      expect(outcomes(cell), cell.map((r) => r.err).join("\n")).toEqual([0, 4]);
      expect((await eventTypes(cellStore)).filter((t) => t === "ReallocationApplied")).toHaveLength(1);
      expect((await cli(["verify", "--store", cellStore])).code).toBe(0);
      cellRaces++;

      // A shift between result areas waits for approval; two approvers race to decide it.
      const requestStore = await seeded(`request-${round}`);
      const requested = await cli([
        "reallocate",
        ...["--store", requestStore, "--agreement", agreement],
        ...["--from", "6/OBW/Stad", "--to", "7/OBW/Stad", "--units", "200"],
        ...["--actor", provider, "--reason", "samenleven", "--request", "r-1"],
      ]);
      expect(requested.code, requested.err).toBe(3);
      const decide = (verb: "approve" | "reject", i: number) =>
        cli([
          verb,
          ...["--store", requestStore, "--agreement", agreement, "--request", "r-1"],
          ...["--actor", municipality, "--reason", `race ${i}`, "--command-id", `request-${round}-${i}`],
        ]);
      const decisions = await Promise.all([
        decide("approve", 1),
        round % 2 === 0 ? decide("approve", 2) : decide("reject", 2),
      ]);
      expect(outcomes(decisions), decisions.map((r) => r.err + r.out).join("\n")).toEqual([0, 4]);
      const types = await eventTypes(requestStore);
      expect(types.filter((t) => t === "ReallocationApproved" || t === "ReallocationRejected")).toHaveLength(
        1,
      );
      expect((await cli(["verify", "--store", requestStore])).code).toBe(0);
      requestRaces++;
    }
    console.log(
      `R5 races: ${cellRaces} same-cell races, ${requestRaces} same-request races, exactly one winner in each, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(cellRaces).toBeGreaterThanOrEqual(1);
  }, 600_000);
});
