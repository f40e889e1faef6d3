import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { captureIo, importCli, reconcileCli } from "@grant-ledger/cli";
import { decodeEvent } from "@grant-ledger/core";
import { type EventStore, createInMemoryEventStore, verifyStore } from "@grant-ledger/event-store";
import { RecordedDiscrepancies } from "@grant-ledger/importer";
import fc from "fast-check";
import * as E from "fp-ts/Either";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ManifestMutation,
  type TableMutation,
  argumentList,
  manifestMutation,
  mutateManifest,
  mutateTable,
  tableMutation,
} from "./badInputArbitraries";
import { fullSize, probeSize } from "./support/size";

/**
 * R3 bad input (issue 19): mutated tables, manifests and argument lists through `reconcile` and
 * `import`, in-process. For every case: only the documented exit codes, no raw exception, every
 * run bounded in time, nothing invalid stored, nothing stored unless import succeeded, and a
 * file outside the manifest's folder never read. For document mutations also: reconcile and
 * import agree (reconcile checks what import checks). `pnpm test:reliability` runs the full size.
 */
const RUNS = probeSize({
  small: { tables: 12, manifests: 12, args: 12 },
  full: { tables: 1000, manifests: 1000, args: 500 },
});
/**
 * Each property stops by itself at its budget (fast-check's `interruptAfterTimeLimit`), so a
 * loaded machine runs fewer cases instead of hitting the runner's timeout; it still fails below
 * MIN_CASES. The budgets keep the full R3 under seven minutes of the reliability run.
 */
const BUDGET_MS = probeSize({
  small: { tables: 45_000, manifests: 45_000, args: 45_000 },
  full: { tables: 150_000, manifests: 150_000, args: 90_000 },
});
const MIN_CASES = probeSize({ small: 12, full: 100 });
/** Vitest's own limit per property: the budget, one slow last case, and setup. */
const propertyTimeout = (budget: number): number => budget + PER_RUN_MS * 3 + 15_000;
/** Any single run slower than this counts as a hang. */
const PER_RUN_MS = 15_000;
const SECRET = "SECRET-MARKER-5c1e";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");
const BUDGET = "begroting-doorbreken-van-armoede.tsv";

let root = "";
let base: Record<string, unknown> = {};
const tableNames: string[] = [];
const figures = { runs: 0, exits: new Map<string, number>(), slowestMs: 0, slowest: "" };
/** Cases each property ran before its budget or its count ended it. */
const casesRun = { tables: 0, manifests: 0, args: 0 };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "gl-r3-"));
  mkdirSync(join(root, "outside"));
  writeFileSync(
    join(root, "outside", "secret.tsv"),
    `\tBlokken\tTotaal\tOfferte\n${SECRET}\t1\t1\t1\n\t1\t1\t1\n`,
  );
  for (const name of readdirSync(join(FIXTURES, "emmen-2007")))
    if (name.endsWith(".tsv")) tableNames.push(name);
  tableNames.push(BUDGET);
  const manifest = JSON.parse(readFileSync(join(FIXTURES, "emmen-2007", "manifest.json"), "utf8"));
  base = { ...manifest, budgets: [{ name: "Doorbreken van armoede", table: BUDGET, hoursPerFte: 1525 }] };
  writeFileSync(join(root, "deep.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
  execFileSync("mkfifo", [join(root, "fifo")]);
});

afterAll(() => {
  const exits = [...figures.exits].map(([k, n]) => `${k}: ${n}`).join(", ");
  console.log(
    `R3 bad input (${fullSize ? "full" : "small"}): cases { tables: ${casesRun.tables}, manifests: ${casesRun.manifests}, args: ${casesRun.args} }, ${figures.runs} runs, exit codes { ${exits} }, slowest run ${figures.slowestMs} ms (${figures.slowest})`,
  );
});

let folders = 0;
/** A fresh copy of the documents with the special files a manifest may point at. */
const documents = (): string => {
  const dir = join(root, `case-${folders++}`);
  mkdirSync(dir);
  for (const name of tableNames) {
    const from = name === BUDGET ? join(FIXTURES, "sedna-2022", name) : join(FIXTURES, "emmen-2007", name);
    copyFileSync(from, join(dir, name));
  }
  copyFileSync(join(FIXTURES, "emmen-2007", "signatures.json"), join(dir, "signatures.json"));
  execFileSync("mkfifo", [join(dir, "pipe.tsv")]);
  mkdirSync(join(dir, "folder.tsv"));
  symlinkSync(join(root, "outside", "secret.tsv"), join(dir, "link-out.tsv"));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(base, null, 2));
  return dir;
};

const withinTime = async <A>(what: string, run: Promise<A>): Promise<A> => {
  let timer: NodeJS.Timeout | undefined;
  const started = Date.now();
  try {
    return await Promise.race([
      run,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${what} did not finish within ${PER_RUN_MS} ms`)),
          PER_RUN_MS,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    const ms = Date.now() - started;
    if (ms > figures.slowestMs) {
      figures.slowestMs = ms;
      figures.slowest = what.slice(0, 200);
    }
  }
};

/** What a crash looks like on the way out: a stack, an engine error, a codec that found nothing. */
const RAW =
  /Maximum call stack|no codec found|native code|\n\s+at \S+ \(|TypeError|ReferenceError|\[object Object\]/;

interface Run {
  readonly code: number;
  readonly output: string;
}

const run = async (command: "reconcile" | "import", argv: string[], store: EventStore): Promise<Run> => {
  const io = captureIo();
  const code = await withinTime(
    `${command} ${argv.join(" ")}`,
    command === "reconcile"
      ? reconcileCli(argv, io.io)
      : importCli(argv, io.io, {
          openStore: async () => ({ ...store, close: async () => {} }),
          clock: () => new Date("2026-12-01T21:00:00Z"),
        }),
  );
  const output = `${io.text()}\n${io.errors()}`;
  figures.runs++;
  const key = `${command} ${code}`;
  figures.exits.set(key, (figures.exits.get(key) ?? 0) + 1);
  // 4: the domain refused what the documents say (nothing written), as in every command.
  expect([0, 1, 2, 4], `${command} exit code, output:\n${output.slice(0, 2000)}`).toContain(code);
  expect(output, "raw exception text").not.toMatch(RAW);
  return { code, output };
};

/** Every stored event decodes, the chain verifies, recorded discrepancies decode; nothing read from outside. */
const checkStored = async (store: EventStore, outsideAllowed: boolean): Promise<number> => {
  let n = 0;
  for await (const e of store.readAll()) {
    n++;
    expect(E.isRight(decodeEvent(e)), `stored ${e.type} decodes`).toBe(true);
    const recorded = (e.metadata.annotations as { importDiscrepancies?: unknown } | undefined)
      ?.importDiscrepancies;
    if (recorded !== undefined) expect(E.isRight(RecordedDiscrepancies.decode(recorded))).toBe(true);
    if (!outsideAllowed) expect(JSON.stringify([e.data, e.metadata])).not.toContain(SECRET);
  }
  expect(E.isRight(await verifyStore(store))).toBe(true);
  return n;
};

/** reconcile, import, import --accept-discrepancies on one document set; they must agree. */
const runDocuments = async (dir: string): Promise<void> => {
  const manifest = join(dir, "manifest.json");
  const reconciled = await run("reconcile", [manifest], createInMemoryEventStore());
  expect(reconciled.output).not.toContain(SECRET);

  const strict = createInMemoryEventStore();
  const imported = await run("import", [manifest], strict);
  const written = await checkStored(strict, false);
  const accepting = createInMemoryEventStore();
  const accepted = await run("import", [manifest, "--accept-discrepancies"], accepting);
  const acceptedWritten = await checkStored(accepting, false);

  const says = `reconcile ${reconciled.code}, import ${imported.code}, import --accept ${accepted.code}:\n${reconciled.output.slice(0, 1500)}\n${imported.output.slice(0, 1500)}`;
  // Reconcile checks everything import checks: they refuse the same inputs, accept the same.
  if (reconciled.code === 2) expect([imported.code, accepted.code], says).toEqual([2, 2]);
  if (reconciled.code === 1) expect([imported.code, accepted.code], says).toEqual([1, 0]);
  if (reconciled.code === 0) expect([imported.code, accepted.code], says).toEqual([0, 0]);
  expect(written > 0, says).toBe(imported.code === 0);
  expect(acceptedWritten > 0, says).toBe(accepted.code === 0);
};

const tableCase = fc.array(fc.record({ file: fc.nat({ max: 100 }), mutation: tableMutation }), {
  minLength: 1,
  maxLength: 4,
});

describe("R3 bad input: reconcile and import never crash, hang or store anything invalid", () => {
  it(
    "on mutated tables",
    async () => {
      await fc.assert(
        fc.asyncProperty(tableCase, async (mutations: { file: number; mutation: TableMutation }[]) => {
          casesRun.tables++;
          const dir = documents();
          for (const { file, mutation } of mutations) {
            const name = tableNames[file % tableNames.length]!;
            writeFileSync(join(dir, name), mutateTable(readFileSync(join(dir, name)), mutation));
          }
          await runDocuments(dir);
        }),
        { numRuns: RUNS.tables, interruptAfterTimeLimit: BUDGET_MS.tables },
      );
      expect(casesRun.tables, "cases run within the budget").toBeGreaterThanOrEqual(MIN_CASES);
    },
    propertyTimeout(BUDGET_MS.tables),
  );

  it(
    "on mutated manifests (paths out of the folder, FIFOs, devices, deep JSON, invalid periods)",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(manifestMutation, { minLength: 1, maxLength: 3 }),
          async (mutations: ManifestMutation[]) => {
            casesRun.manifests++;
            const dir = documents();
            writeFileSync(join(dir, "manifest.json"), mutateManifest(base, mutations));
            await runDocuments(dir);
          },
        ),
        { numRuns: RUNS.manifests, interruptAfterTimeLimit: BUDGET_MS.manifests },
      );
      expect(casesRun.manifests, "cases run within the budget").toBeGreaterThanOrEqual(MIN_CASES);
    },
    propertyTimeout(BUDGET_MS.manifests),
  );

  it(
    "on random argument lists",
    async () => {
      await fc.assert(
        fc.asyncProperty(argumentList, fc.boolean(), async (words: string[], importing: boolean) => {
          casesRun.args++;
          const dir = documents();
          const paths: Record<string, string> = {
            "@manifest": join(dir, "manifest.json"),
            "@missing": join(dir, "nothing-here.json"),
            "@fifo": join(root, "fifo"),
            "@folder": dir,
            "@deep-json": join(root, "deep.json"),
            "@signatures": join(dir, "signatures.json"),
          };
          const argv = words.map((w) => paths[w] ?? w);
          const store = createInMemoryEventStore();
          const result = await run(importing ? "import" : "reconcile", argv, store);
          const outsideAllowed = argv.includes("--tables-under");
          const written = await checkStored(store, outsideAllowed);
          if (result.code !== 0 || !importing) expect(written).toBe(0);
        }),
        { numRuns: RUNS.args, interruptAfterTimeLimit: BUDGET_MS.args },
      );
      expect(casesRun.args, "cases run within the budget").toBeGreaterThanOrEqual(MIN_CASES);
    },
    propertyTimeout(BUDGET_MS.args),
  );
});
