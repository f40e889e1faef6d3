import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { verifyStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMMEN_AGREEMENT, hoursOf, importEmmenAs } from "../support/emmenStore";
import { probeSize } from "../support/size";

/**
 * R1: N processes × M commands on one SQLite file, all on one agreement (contended) and each
 * on its own agreement (not contended). Every acknowledged command is stored exactly once,
 * nothing unacknowledged is stored, the hours of each agreement are conserved, and the store
 * verifies.
 */
const size = probeSize({ small: { processes: 2, commands: 8 }, full: { processes: 6, commands: 150 } });
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const agreement = EMMEN_AGREEMENT;
const FROM = "6/OBW/Blokken";
const TO = "6/OBW/Monden";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-r1-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const child = (
  file: string,
  agreementId: string,
  worker: string,
): Promise<{ acked: string[]; refused: string[] }> =>
  new Promise((resolve, reject) => {
    const args = [
      join(here, "contentionChild.ts"),
      file,
      agreementId,
      worker,
      String(size.commands),
      FROM,
      TO,
    ];
    const proc = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => proc.kill("SIGKILL"), 300_000);
    let out = "";
    let err = "";
    proc.stdout.on("data", (c) => {
      out += c;
    });
    proc.stderr.on("data", (c) => {
      err += c;
    });
    proc.on("error", reject);
    proc.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`worker ${worker} exited ${code}: ${err}`));
      const lines = out.trim().split("\n").filter(Boolean);
      resolve({
        acked: lines.filter((l) => l.startsWith("ack ")).map((l) => l.slice(4)),
        refused: lines.filter((l) => l.startsWith("refused ")),
      });
    });
  });

/** Runs the workers, then checks what an acknowledged command must leave behind. */
const probe = async (label: string, agreementFor: (worker: number) => string) => {
  const file = join(dir, `${label}.db`);
  const agreements = [...new Set(Array.from({ length: size.processes }, (_, w) => agreementFor(w)))];
  for (const id of agreements) await importEmmenAs(dir, file, id);
  const before = new Map<string, string>();
  for (const id of agreements) before.set(id, (await hoursOf(file, id)).total);

  const started = Date.now();
  const runs = await Promise.all(
    Array.from({ length: size.processes }, (_, w) => child(file, agreementFor(w), `${label}-w${w}`)),
  );
  const seconds = (Date.now() - started) / 1000;
  const acked = runs.flatMap((r) => r.acked);
  const refused = runs.flatMap((r) => r.refused);

  const store = openSqliteEventStore({ file });
  const byCommand = new Map<string, number>();
  for await (const e of store.readAll()) {
    const id = e.metadata.commandId;
    if (id.startsWith(`${label}-`)) byCommand.set(id, (byCommand.get(id) ?? 0) + 1);
  }
  const verified = await verifyStore(store);
  await store.close();

  const lost = acked.filter((id) => !byCommand.has(id));
  const unacknowledged = [...byCommand.keys()].filter((id) => !acked.includes(id));
  const duplicated = [...byCommand.values()].filter((n) => n !== 1).length;
  console.log(
    `R1 contention (${label}): ${size.processes} processes × ${size.commands} commands on ${agreements.length} agreement(s): ` +
      `${acked.length} acknowledged, ${refused.length} refused, ${lost.length} lost, ${duplicated} duplicated, ` +
      `${(acked.length / seconds).toFixed(0)} commands/s`,
  );
  expect(refused).toEqual([]);
  expect(acked).toHaveLength(size.processes * size.commands);
  expect(lost).toEqual([]);
  expect(unacknowledged).toEqual([]);
  expect(duplicated).toBe(0);
  for (const id of agreements) expect((await hoursOf(file, id)).total).toBe(before.get(id));
  expect(
    E.isRight(verified),
    JSON.stringify(verified, (_k, v) => (typeof v === "bigint" ? String(v) : v)),
  ).toBe(true);
};

describe("R1 contention between processes on one SQLite file", () => {
  it("contended: every process on one agreement", () => probe("contended", () => agreement), 600_000);
  it(
    "not contended: each process on its own agreement",
    () => probe("apart", (w) => `${agreement}-w${w}`),
    600_000,
  );
});
