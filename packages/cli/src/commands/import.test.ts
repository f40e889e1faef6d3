import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { domainError } from "@grant-ledger/core";
import { createInMemoryEventStore, verifyStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it, vi } from "vitest";
import { type CommandIo, captureIo } from "../io/commandIo";
import { LANG_ENV } from "../messages/catalogue";
import { messagesOf } from "../messages/catalogue";
import { describeFailure } from "../runner/cliFailure";
import { importCli, importFailureOf } from "./import";
import { verifyCli } from "./verify";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

const ROOT = resolve(import.meta.dirname, "../../../..");
const MANIFEST = join(ROOT, "tests/fixtures/emmen-sedna.manifest.json");
const EMMEN = join(ROOT, "tests/fixtures/emmen-2007");
const SIGNATURES = join(EMMEN, "signatures.json");

/** The 2007 tables in a temporary directory with one cell changed (row, column and annex disagree). */
const brokenCopy = async () => {
  const dir = await mkdtemp(join(tmpdir(), "gl-cli-import-"));
  for (const name of await readdir(EMMEN)) await copyFile(join(EMMEN, name), join(dir, name));
  const table = join(dir, "arrangement-2-jeugd.tsv");
  await writeFile(table, (await readFile(table, "utf8")).replace("SCW\t350\t111\t700", "SCW\t350\t111\t710"));
  return join(dir, "manifest.json");
};

const captured = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join(""), err: () => err.join("") };
};

/** One in-memory store that outlives the command's `close`, so the test can inspect it. */
const memory = () => {
  const store = createInMemoryEventStore();
  const urls: string[] = [];
  return {
    store,
    urls,
    deps: {
      openStore: async (url: string) => {
        urls.push(url);
        return { ...store, close: async () => {} };
      },
      clock: () => new Date("2026-11-22T07:00:00Z"),
    },
  };
};

describe("grant-ledger import", () => {
  it("imports with signatures; verify finds an intact chain; a second import is refused", async () => {
    const m = memory();
    const first = captured();
    expect(await importCli([MANIFEST, "--store", "memory:", "--sign", SIGNATURES], first.io, m.deps)).toBe(0);
    expect(m.urls).toEqual(["memory:"]);
    expect(first.out()).toContain("imported emmen-sedna-2007: 6 events into agreement-emmen-sedna-2007");
    expect(await verifyStore(m.store)).toEqual(E.right(expect.objectContaining({ eventsChecked: 6 })));

    const second = captured();
    expect(await importCli([MANIFEST, "--store", "memory:", "--sign", SIGNATURES], second.io, m.deps)).toBe(
      4,
    );
    expect(second.err()).toContain(
      "grant-ledger: refused (AlreadyImported): agreement emmen-sedna-2007 is already in the store",
    );
  });

  it("a refusal by the domain is exit 4 as in every command, under --json the same error object", async () => {
    const m = memory();
    expect(await importCli([MANIFEST, "--store", "memory:"], captured().io, m.deps)).toBe(0);
    const again = captured();
    expect(await importCli([MANIFEST, "--store", "memory:", "--json"], again.io, m.deps)).toBe(4);
    expect(again.err()).toBe("");
    expect(JSON.parse(again.out())).toEqual({
      ok: false,
      outcome: "forbidden",
      error: {
        kind: "refused",
        exitCode: 4,
        code: "AlreadyImported",
        message: expect.stringContaining("agreement emmen-sedna-2007 is already in the store"),
        verdicts: [],
      },
    });
  });

  it("words an import's refusals in the catalogue's language, naming the step the domain refused", () => {
    const refusedSign = {
      _tag: "Refused" as const,
      command: "SignAgreement",
      error: domainError("SignerNotParty", "planner acts as provider and cannot sign for the municipality", {
        party: "municipality",
        role: "provider",
      }),
      message: "SignAgreement refused: planner acts as provider and cannot sign for the municipality",
    };
    const already = {
      _tag: "AlreadyImported" as const,
      agreementId: "emmen-sedna-2007",
      streamId: "agreement-emmen-sedna-2007",
      found: { _tag: "AtRevision" as const, revision: 5n },
      message:
        "agreement emmen-sedna-2007 is already in the store (stream agreement-emmen-sedna-2007 is at revision 5); import never writes an agreement twice",
    };
    const worded = (f: Parameters<typeof importFailureOf>[0], lang: "nl" | "en") =>
      describeFailure(importFailureOf(f, "m.json", messagesOf(lang)), messagesOf(lang));
    expect(worded(refusedSign, "en")).toBe(
      "refused (SignerNotParty): SignAgreement refused: who acts as provider cannot sign for the municipality",
    );
    expect(worded(refusedSign, "nl")).toBe(
      "geweigerd (SignerNotParty): SignAgreement geweigerd: wie optreedt als aanbieder kan niet tekenen voor de gemeente",
    );
    expect(worded(already, "en")).toBe(`refused (AlreadyImported): ${already.message}`);
    expect(worded(already, "nl")).toBe(
      "geweigerd (AlreadyImported): overeenkomst emmen-sedna-2007 staat al in de store (stroom agreement-emmen-sedna-2007 staat op revisie 5); import schrijft een overeenkomst nooit twee keer",
    );
  });

  it("--json reports the events written with their hashes", async () => {
    const m = memory();
    const c = captured();
    expect(await importCli([MANIFEST, "--store", "memory:", "--json"], c.io, m.deps)).toBe(0);
    const json = JSON.parse(c.out());
    expect(json).toMatchObject({
      ok: true,
      streamId: "agreement-emmen-sedna-2007",
      acceptedDiscrepancies: [],
    });
    expect(json.events.map((e: { type: string }) => e.type)).toEqual([
      "AgreementProposed",
      "AgreementNegotiated",
      "BudgetRecorded",
    ]);
  });

  it("exits 2 when the signatures file is missing or the store cannot be opened", async () => {
    const m = memory();
    const c = captured();
    expect(
      await importCli([MANIFEST, "--store", "memory:", "--sign", "/nonexistent.json"], c.io, m.deps),
    ).toBe(2);
    expect(c.err()).toContain("no such signatures file");
    const unopenable = captured();
    const deps = { openStore: async () => Promise.reject(new Error("unsupported store URL")) };
    expect(await importCli([MANIFEST, "--store", "nope:"], unopenable.io, deps)).toBe(2);
    expect(unopenable.err()).toContain("cannot open store nope:");
  });

  it("import then verify on a SQLite store file (the default adapter): the chain is intact", async () => {
    const url = `sqlite:${join(await mkdtemp(join(tmpdir(), "gl-cli-import-")), "store.db")}`;
    const c = captured();
    const missing = captured();
    expect(await importCli([MANIFEST, "--store", url, "--sign", SIGNATURES], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/^grant-ledger: no store at \/.*store\.db \(sqlite:.*\): .*--create/);
    expect(await importCli([MANIFEST, "--store", url, "--sign", SIGNATURES, "--create"], c.io)).toBe(0);
    const verified = captureIo();
    expect(await verifyCli(["--store", url], verified.io)).toBe(0);
    expect(verified.text()).toContain("intact: store, 6 events in 1 stream checked");
    const again = captured();
    expect(await importCli([MANIFEST, "--store", url], again.io)).toBe(4);
    expect(again.err()).toContain("already in the store");
  });
  it("exits 1 and writes nothing on discrepancies; --accept-discrepancies imports and says so", async () => {
    const m = memory();
    const manifest = await brokenCopy();
    const refused = captured();
    expect(await importCli([manifest, "--store", "memory:"], refused.io, m.deps)).toBe(1);
    expect(refused.err()).toContain("3 discrepancies");
    expect(refused.err()).toContain("nothing was written");
    expect(await verifyStore(m.store)).toEqual(E.right(expect.objectContaining({ eventsChecked: 0 })));
    const accepted = captured();
    expect(
      await importCli([manifest, "--store", "memory:", "--accept-discrepancies"], accepted.io, m.deps),
    ).toBe(0);
    expect(accepted.out()).toContain("3 discrepancies accepted and recorded");
  });

  it("under --json, discrepancies and unreadable documents are the one failure shape, with their findings", async () => {
    const m = memory();
    const manifest = await brokenCopy();
    const c = captured();
    expect(await importCli([manifest, "--store", "memory:", "--json"], c.io, m.deps)).toBe(1);
    const json = JSON.parse(c.out());
    expect(json).toMatchObject({ ok: false, error: { kind: "discrepancies", exitCode: 1, path: manifest } });
    expect(json.error.message).toContain("3 discrepancies");
    expect(json.error.discrepancies).toHaveLength(3);
    expect(json.error.totals).toBeDefined();

    const missing = captured();
    const nowhere = join(tmpdir(), "gl-no-such-folder", "manifest.json");
    expect(await importCli([nowhere, "--store", "memory:", "--json"], missing.io, m.deps)).toBe(2);
    const unreadable = JSON.parse(missing.out());
    expect(unreadable).toMatchObject({ ok: false, error: { kind: "bad-file", exitCode: 2, path: nowhere } });
    expect(unreadable.error.problems.length).toBeGreaterThan(0);
    expect(await verifyStore(m.store)).toEqual(E.right(expect.objectContaining({ eventsChecked: 0 })));
  });
});

describe("grant-ledger import on untrusted documents", () => {
  const copyWith = async (edit: (dir: string) => Promise<void>) => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-import-"));
    for (const name of await readdir(EMMEN)) await copyFile(join(EMMEN, name), join(dir, name));
    await edit(dir);
    return join(dir, "manifest.json");
  };

  it("--accept-discrepancies records a cell such as `82 constructor` instead of crashing", async () => {
    const manifest = await copyWith(async (dir) => {
      const table = join(dir, "arrangement-3-informatie-en-advies.tsv");
      const lines = (await readFile(table, "utf8")).split("\n");
      lines[1] = lines[1]!.replace(/\t\d+$/, "\t82 constructor");
      await writeFile(table, lines.join("\n"));
    });
    const m = memory();
    const c = captured();
    expect(await importCli([manifest, "--store", "memory:", "--accept-discrepancies"], c.io, m.deps)).toBe(0);
    expect(c.out()).toMatch(/discrepanc(y|ies) accepted/);
    expect(E.isRight(await verifyStore(m.store))).toBe(true);
  });

  it("exits 2 and writes nothing for a table outside the manifest's folder", async () => {
    const manifest = await copyWith(async (dir) => {
      const path = join(dir, "manifest.json");
      const json = JSON.parse(await readFile(path, "utf8")) as { resultAreas: { table: string }[] };
      json.resultAreas[0]!.table = "../../../../../../../../etc/hostname";
      await writeFile(path, JSON.stringify(json));
    });
    const m = memory();
    const c = captured();
    expect(await importCli([manifest, "--store", "memory:", "--accept-discrepancies"], c.io, m.deps)).toBe(2);
    expect(c.err()).toContain("lies outside");
    for await (const _ of m.store.readAll()) throw new Error("an event was written");
  });
});
