import { execFile } from "node:child_process";
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
    expect(c.out()).toContain("everything reconciles");
    expect(c.out()).toContain("2: 8365 hours, 82 groups");
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
