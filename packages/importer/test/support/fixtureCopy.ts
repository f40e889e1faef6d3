import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../../..");
export const EMMEN = join(ROOT, "tests/fixtures/emmen-2007");
export const SEDNA = join(ROOT, "tests/fixtures/sedna-2022");
/** The committed manifest that points at the shared fixtures. */
export const SHARED_MANIFEST = join(ROOT, "tests/fixtures/emmen-sedna.manifest.json");
export const SIGNATURES = join(EMMEN, "signatures.json");

export const BUDGET = "begroting-doorbreken-van-armoede.tsv";

/**
 * A private copy of the shared fixtures in a temporary directory, with a manifest naming the
 * copies, so a test can break one file without touching the originals.
 */
export const fixtureCopy = async () => {
  const dir = await mkdtemp(join(tmpdir(), "gl-importer-"));
  for (const name of await readdir(EMMEN)) {
    if (name.endsWith(".tsv") || name === "signatures.json")
      await copyFile(join(EMMEN, name), join(dir, name));
  }
  await copyFile(join(SEDNA, BUDGET), join(dir, BUDGET));
  const manifest = JSON.parse(await readFile(SHARED_MANIFEST, "utf8")) as {
    resultAreas: { table: string }[];
    districtAnnexes: { table: string }[];
    budgets: { table: string }[];
  };
  const local = <T extends { table: string }>(xs: T[]): T[] =>
    xs.map((x) => ({ ...x, table: x.table.split("/").pop()! }));
  const manifestPath = join(dir, "manifest.json");
  const written = {
    ...manifest,
    resultAreas: local(manifest.resultAreas),
    districtAnnexes: local(manifest.districtAnnexes),
    budgets: local(manifest.budgets),
  };
  await writeFile(manifestPath, JSON.stringify(written, null, 2));
  return {
    dir,
    manifestPath,
    path: (file: string) => join(dir, file),
    /** Rewrites one copied file through `edit` (text in, text out). */
    edit: async (file: string, edit: (text: string) => string) => {
      const text = await readFile(join(dir, file), "utf8");
      await writeFile(join(dir, file), edit(text));
    },
    write: (file: string, content: string | Uint8Array) => writeFile(join(dir, file), content),
    manifest: written,
    writeManifest: (m: unknown) => writeFile(manifestPath, JSON.stringify(m, null, 2)),
  };
};

/** Replaces the one line of a file that starts with `prefix`; fails loudly if there is none. */
export const replaceLine =
  (prefix: string, replacement: string) =>
  (text: string): string => {
    const lines = text.split("\n");
    const i = lines.findIndex((l) => l.startsWith(prefix));
    if (i < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
    lines[i] = replacement;
    return lines.join("\n");
  };
