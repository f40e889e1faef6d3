import { execFile, execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { reconcileCli } from "./reconcile";

const ROOT = resolve(import.meta.dirname, "../../../..");
const MANIFEST = join(ROOT, "tests/fixtures/emmen-sedna.manifest.json");
const EMMEN = join(ROOT, "tests/fixtures/emmen-2007");

const captured = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join(""), err: () => err.join("") };
};

/** The 2007 tables in a temporary directory, with one result-area table changed. */
const brokenCopy = async () => {
  const dir = await mkdtemp(join(tmpdir(), "gl-cli-reconcile-"));
  for (const name of await readdir(EMMEN)) await copyFile(join(EMMEN, name), join(dir, name));
  const table = join(dir, "arrangement-6-activering-en-participatie.tsv");
  await writeFile(table, (await readFile(table, "utf8")).replace("JW\t\t330\t660", "JW\t\t330\t66O"));
  return join(dir, "manifest.json");
};

describe("grant-ledger reconcile", () => {
  it("exits 0 and prints the totals when everything reconciles", async () => {
    const c = captured();
    expect(await reconcileCli([MANIFEST], c.io)).toBe(0);
    expect(c.out()).toContain("alles sluit");
    expect(c.out()).toContain("2: 8.365 uur, 82 groepen");
    const english = captured();
    expect(await reconcileCli([MANIFEST, "--lang", "en"], english.io)).toBe(0);
    expect(english.out()).toContain("everything reconciles");
    expect(english.out()).toContain("2: 8,365 hours, 82 groups");
  });

  it("prints the reach split per category, as --json's totals give it (Dutch, English with --lang en)", async () => {
    const manifest = join(ROOT, "tests/fixtures/sedna-2022/categories.synthetic.manifest.json");
    const c = captured();
    expect(await reconcileCli([manifest], c.io)).toBe(0);
    expect(c.out()).toContain(
      "per categorie: inwoners 160, vrijwilligers 50, ketenpartners 200; gedrukt inwoners 160, vrijwilligers 50, ketenpartners 200",
    );
    const english = captured();
    expect(await reconcileCli([manifest, "--lang", "en"], english.io)).toBe(0);
    expect(english.out()).toMatch(
      /Huiselijk geweld: 410 over 5 services; printed 410\n {4}per category: residents 160, volunteers 50, chain partners 200;/,
    );
    // A table without a split prints none.
    expect(english.out()).toMatch(
      /Doorbreken van armoede: 1,055 over 8 services; printed 1,055\n(?! {4}per category)/,
    );
  });

  it("words a discrepancy in Dutch from its code and values: kind, place, what was found (English with --lang en)", async () => {
    const manifest = await brokenCopy();
    const c = captured();
    expect(await reconcileCli([manifest], c.io)).toBe(1);
    expect(c.out()).toMatch(/^manifest\.json: \d+ afwijking/);
    expect(c.out()).toContain(
      'arrangement-6-activering-en-participatie.tsv:6  geen getal: JW, Velden: "66O" is geen getal of hoeveelheid (zoals 1.500 of 82 groepen)',
    );
    expect(c.out()).not.toMatch(/melding van de importer|expected|cannot read/);
    const english = captured();
    expect(await reconcileCli([manifest, "--lang", "en"], english.io)).toBe(1);
    expect(english.out()).toMatch(
      /arrangement-6-activering-en-participatie\.tsv:6 {2}not a number: JW, Velden: .* \(expected .*, found 66O\)/,
    );
  });

  it("--json gives { ok, discrepancies, totals }", async () => {
    const c = captured();
    expect(await reconcileCli([MANIFEST, "--json"], c.io)).toBe(0);
    const json = JSON.parse(c.out());
    expect(json).toMatchObject({
      ok: true,
      discrepancies: [],
      totals: { contract: { "6": { hours: "8833" } }, offer: { "6": { hours: "7836" } } },
    });
  });

  it("exits 1 with each discrepancy's file and line", async () => {
    const c = captured();
    expect(await reconcileCli([await brokenCopy(), "--json"], c.io)).toBe(1);
    const json = JSON.parse(c.out());
    expect(json.ok).toBe(false);
    expect(json.discrepancies).toEqual([
      expect.objectContaining({
        kind: "not-a-number",
        file: "arrangement-6-activering-en-participatie.tsv",
        line: 6,
        found: "66O",
        // Added for wording in any language; `message` (English) stays.
        code: "matrix-not-a-number",
        values: expect.objectContaining({ workType: "JW", column: "Velden", raw: "66O" }),
        message: expect.stringContaining("JW, Velden: "),
      }),
    ]);
  });

  it("exits 2 for a missing manifest, an invalid manifest, or a missing argument", async () => {
    const missing = captured();
    expect(await reconcileCli(["/nonexistent/manifest.json"], missing.io)).toBe(2);
    expect(missing.err()).toContain("no such manifest");
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-reconcile-"));
    await writeFile(join(dir, "m.json"), JSON.stringify({ agreement: { id: "x" }, resultAreas: "none" }));
    const invalid = captured();
    expect(await reconcileCli([join(dir, "m.json")], invalid.io)).toBe(2);
    expect(invalid.err()).toContain("at resultAreas");
    expect(await reconcileCli([], captured().io)).toBe(2);
  });

  it("runs as a real process: pnpm grant-ledger reconcile <manifest> --json", async () => {
    const run = promisify(execFile);
    // One run only: most of its time is the CLI starting up (tsx, every adapter), not reconciling.
    const { stdout } = await run("pnpm", ["-s", "grant-ledger", "reconcile", MANIFEST, "--json"], {
      cwd: ROOT,
    });
    expect(JSON.parse(stdout)).toMatchObject({
      ok: true,
      totals: { districts: { Velden: { hours: "5432" } } },
    });
  });
});

describe("grant-ledger reconcile on untrusted documents", () => {
  /** A copy of the 2007 tables whose result area 2 names `table`. */
  const pointingAt = async (table: string) => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-reconcile-"));
    for (const name of await readdir(EMMEN)) await copyFile(join(EMMEN, name), join(dir, name));
    const path = join(dir, "manifest.json");
    const m = JSON.parse(await readFile(path, "utf8")) as { resultAreas: { table: string }[] };
    m.resultAreas[0] = { ...m.resultAreas[0]!, table };
    await writeFile(path, JSON.stringify(m));
    return { dir, path };
  };

  it("exits 2 naming the path for a FIFO, a path outside the folder, and a table over the limit", async () => {
    const fifo = await pointingAt("pipe.tsv");
    execFileSync("mkfifo", [join(fifo.dir, "pipe.tsv")]);
    const c = captured();
    expect(await reconcileCli([fifo.path], c.io)).toBe(2);
    expect(c.err()).toContain("pipe.tsv");
    const outside = await pointingAt("/etc/hostname");
    const o = captured();
    expect(await reconcileCli([outside.path, "--json"], o.io)).toBe(2);
    expect(JSON.parse(o.out()).unreadable[0].message).toContain("lies outside");
    // --tables-under allows it explicitly: then it is read (and does not reconcile).
    expect(await reconcileCli([outside.path, "--tables-under", "/"], captured().io)).toBe(1);
    const small = captured();
    expect(await reconcileCli([MANIFEST, "--max-table-bytes", "100"], small.io)).toBe(2);
    expect(small.err()).toContain("more than the limit of 100 bytes (--max-table-bytes)");
    expect(await reconcileCli([MANIFEST, "--max-table-bytes", "-1"], captured().io)).toBe(2);
    expect(await reconcileCli([MANIFEST, "--max-table-bytes", "lots"], captured().io)).toBe(2);
  }, 20_000);

  it("exits 2 for a period that import would refuse, as import does", async () => {
    const { path } = await pointingAt("arrangement-2-jeugd.tsv");
    const m = JSON.parse(await readFile(path, "utf8")) as { agreement: { period: object } };
    m.agreement.period = { start: "2008-01-01", end: "2007-12-31" };
    await writeFile(path, JSON.stringify(m));
    const c = captured();
    expect(await reconcileCli([path], c.io)).toBe(2);
    expect(c.err()).toContain("the period starts (2008-01-01) after it ends (2007-12-31)");
  });
});
