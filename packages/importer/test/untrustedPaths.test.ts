import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { importAgreement, reconcile } from "../src";
import { fixtureCopy } from "./support/fixtureCopy";

const TABLE = "arrangement-2-jeugd.tsv";

/** The messages of an unreadable run; fails when the run was readable. */
const refusal = async (run: Promise<E.Either<readonly { message: string }[], unknown>>) => {
  const result = await run;
  if (E.isRight(result)) throw new Error("expected the input to be refused");
  return result.left.map((p) => p.message).join("\n");
};

/** A copy whose result area 2 names `table` instead of its own file. */
const pointingAt = async (table: string) => {
  const copy = await fixtureCopy();
  await copy.writeManifest({
    ...copy.manifest,
    resultAreas: copy.manifest.resultAreas.map((a) => (a.table === TABLE ? { ...a, table } : a)),
  });
  return copy;
};

describe("reconcile reads only regular files", () => {
  it("refuses a FIFO at once, naming the path, instead of waiting for a writer", async () => {
    const copy = await pointingAt("pipe.tsv");
    execFileSync("mkfifo", [copy.path("pipe.tsv")]);
    const started = Date.now();
    const message = await refusal(reconcile(copy.manifestPath));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(message).toContain("pipe.tsv");
    expect(message).toContain("FIFO");
  }, 10_000);

  it("refuses a directory and a manifest that is a FIFO", async () => {
    const copy = await pointingAt("folder.tsv");
    await mkdir(copy.path("folder.tsv"));
    expect(await refusal(reconcile(copy.manifestPath))).toContain("is a directory");
    const dir = await mkdtemp(join(tmpdir(), "gl-fifo-"));
    execFileSync("mkfifo", [join(dir, "manifest.json")]);
    expect(await refusal(reconcile(join(dir, "manifest.json")))).toContain("FIFO");
  }, 10_000);

  it("refuses a table over the size limit before reading it, and takes the limit as an option", async () => {
    const copy = await pointingAt("big.tsv");
    const row = "OBW\t1\t2\t3\t4\t5\t15\t15\n";
    await writeFile(
      copy.path("big.tsv"),
      `\tBlokken\tMonden\tVelden\tStad\tBovenwijks\tTotaal\tOfferte\n${row.repeat(250_000)}`,
    );
    const started = Date.now();
    const message = await refusal(reconcile(copy.manifestPath));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(message).toMatch(
      /big\.tsv: \d+ bytes, more than the limit of 1048576 bytes \(--max-table-bytes\)/,
    );
    const small = await refusal(reconcile(copy.manifestPath, { maxTableBytes: 100 }));
    expect(small).toContain("arrangement-3-informatie-en-advies.tsv");
  });
});

describe("reconcile reads tables only from under the manifest's folder", () => {
  it("refuses ../ paths and absolute paths, and never shows their content", async () => {
    const outside = await mkdtemp(join(tmpdir(), "gl-outside-"));
    await writeFile(
      join(outside, "secret.tsv"),
      "\tBlokken\tTotaal\tOfferte\nsecret-token\t1\t1\t1\n\t1\t1\t1\n",
    );
    const copy = await pointingAt(join("..", outside.split("/").pop()!, "secret.tsv"));
    const message = await refusal(reconcile(copy.manifestPath));
    expect(message).toContain("lies outside");
    expect(message).not.toContain("secret-token");
    const absolute = await pointingAt("/etc/hostname");
    expect(await refusal(reconcile(absolute.manifestPath))).toContain("/etc/hostname: ");
  });

  it("resolves symbolic links: a link inside pointing outside is refused", async () => {
    const outside = await mkdtemp(join(tmpdir(), "gl-outside-"));
    await writeFile(join(outside, "t.tsv"), "x\n");
    const copy = await pointingAt("link.tsv");
    await symlink(join(outside, "t.tsv"), copy.path("link.tsv"));
    expect(await refusal(reconcile(copy.manifestPath))).toContain("lies outside");
  });

  it("reads outside when tablesUnder names a folder that holds the table", async () => {
    const copy = await pointingAt("/etc/hostname");
    const r = await reconcile(copy.manifestPath, { tablesUnder: "/" });
    expect(E.isRight(r)).toBe(true);
  });

  it("import with accepted discrepancies never writes an outside file into the log", async () => {
    const copy = await pointingAt("../../../../../../../../etc/hostname");
    const store = createInMemoryEventStore();
    const result = await importAgreement(copy.manifestPath, store, { acceptDiscrepancies: true });
    expect(result).toMatchObject({ _tag: "Left", left: { _tag: "Unreadable" } });
    for await (const _ of store.readAll()) throw new Error("an event was written");
  });
});

describe("the manifest's JSON", () => {
  it("deeper than the bound is refused with a clear message, not a stack overflow", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-deep-"));
    const path = join(dir, "manifest.json");
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    await writeFile(path, `{"agreement": {}, "resultAreas": ${deep}}`);
    expect(await refusal(reconcile(path))).toContain("nested deeper than 32 levels");
    // Brackets inside strings are text, not nesting.
    await writeFile(path, JSON.stringify({ agreement: { id: "[".repeat(100) }, resultAreas: [] }));
    expect(await refusal(reconcile(path))).not.toContain("nested deeper");
  });
});
