import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json";
import { captureIo } from "../io/commandIo";
import { runCliProcess } from "../testing/cliProcess";
import { importCli } from "./import";
import { negotiateCli } from "./negotiate";
import { proposeCli } from "./propose";
import { signCli } from "./sign";

// The mistakes of issue 18 as a new user makes them: each a real process on a SQLite file,
// asserting exit code and message. The agreement is set up in-process (spawns are slow).

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../tests/fixtures/cli-year/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gl-mistakes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "emmen.db");
const store = `sqlite:${file}`;
const ID = "emmen-sedna-2007-jaar";
const PROVIDER = "sedna:provider:G.L. Jonker";
const MUNICIPALITY = "gm0114:municipality:M. Thalens-Kolker";

beforeAll(async () => {
  const io = captureIo().io;
  const on = ["--store", store, "--agreement", ID];
  expect(
    await proposeCli([fixture("proposal.json"), "--store", store, "--create", "--actor", PROVIDER], io),
  ).toBe(0);
  expect(await negotiateCli([fixture("round-1.json"), ...on, "--actor", MUNICIPALITY], io)).toBe(0);
  expect(await signCli([...on, "--party", "provider", "--actor", PROVIDER, "--role", "directeur"], io)).toBe(
    0,
  );
  expect(
    await signCli([...on, "--party", "municipality", "--actor", MUNICIPALITY, "--role", "wethouder"], io),
  ).toBe(0);
});

describe("mistakes as real processes", () => {
  it("a mistyped store path is refused (exit 2, naming it) and no file is made", async () => {
    const typo = join(dir, "emnen.db");
    const r = await runCliProcess(["verify", "--store", `sqlite:${typo}`]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      `grant-ledger: geen store op ${typo} (sqlite:${typo}): controleer het pad; alleen import, propose en demo maken een nieuwe store, met --create\n`,
    );
    expect(existsSync(typo)).toBe(false);
  }, 60_000);

  it("verify --stream on an unknown stream is an error", async () => {
    const r = await runCliProcess(["verify", "--store", store, "--stream", "agreement-nope"]);
    expect(r).toMatchObject({
      code: 2,
      out: "",
      err: 'grant-ledger: geen stroom "agreement-nope" in de store (controleer --stream)\n',
    });
  }, 60_000);

  it("a mistyped cell is a usage error naming the closest cells, not a policy verdict", async () => {
    const r = await runCliProcess([
      "controls",
      "--store",
      store,
      "--agreement",
      ID,
      "--from",
      "6/OWB/Stad",
      "--to",
      "6/OBW/Velden",
      "--units",
      "10",
    ]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toBe(
      `grant-ledger: --from 6/OWB/Stad: overeenkomst ${ID} heeft die cel niet; dichtstbij: 6/OBW/Stad, 6/JW/Stad, 2/OBW/Stad\n`,
    );
  }, 60_000);

  it("--units 1.500 says why; --kind uren is hours, --kind trajecten is refused (one run each, JSON under --json)", async () => {
    const dotted = await runCliProcess([
      "reallocate",
      "--store",
      store,
      "--agreement",
      ID,
      "--from",
      "6/OBW/Stad",
      "--to",
      "6/OBW/Velden",
      "--units",
      "1.500",
      "--kind",
      "uren",
      "--actor",
      PROVIDER,
      "--reason",
      "x",
      "--json",
    ]);
    expect(dotted).toMatchObject({ code: 2, err: "" });
    expect(JSON.parse(dotted.out)).toEqual({
      ok: false,
      error: {
        kind: "usage",
        exitCode: 2,
        message:
          '--units "1.500": een punt scheidt in Nederlandse notatie duizendtallen, en scheidingstekens voor duizendtallen worden niet geaccepteerd; schrijf het getal zonder (1500), en een komma voor decimalen (12,5)',
      },
    });
    const kind = await runCliProcess([
      "controls",
      "--store",
      store,
      "--agreement",
      ID,
      "--from",
      "6/OBW/Stad",
      "--to",
      "6/OBW/Velden",
      "--units",
      "10",
      "--kind",
      "trajecten",
      "--lang",
      "en",
    ]);
    expect(kind).toMatchObject({
      code: 2,
      err: `grant-ledger: --kind "trajecten": agreement ${ID} counts only hours, groups\n`,
    });
  }, 120_000);

  it("an unknown agreement is exit 2 with the same message in approve as in controls; under --json an error, not 'forbidden'", async () => {
    const r = await runCliProcess([
      "approve",
      "--store",
      store,
      "--agreement",
      "nope",
      "--request",
      "r-1",
      "--actor",
      MUNICIPALITY,
      "--reason",
      "x",
      "--json",
    ]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toEqual({
      ok: false,
      error: {
        kind: "unknown-agreement",
        exitCode: 2,
        agreementId: "nope",
        store,
        message: `geen overeenkomst "nope" in de store ${store} (controleer --agreement)`,
      },
    });
  }, 60_000);

  it("a refusal by the domain is exit 4 in import as in propose, under --json the same error object", async () => {
    const manifest = fileURLToPath(
      new URL("../../../../tests/fixtures/emmen-sedna.manifest.json", import.meta.url),
    );
    const imported = `sqlite:${join(dir, "imported.db")}`;
    expect(await importCli([manifest, "--store", imported, "--create"], captureIo().io)).toBe(0);
    const shape = {
      ok: false,
      outcome: "forbidden",
      error: {
        kind: "refused",
        exitCode: 4,
        code: expect.any(String),
        message: expect.any(String),
        verdicts: [],
      },
    };
    const again = await runCliProcess(["import", manifest, "--store", imported, "--json"]);
    expect(again).toMatchObject({ code: 4, err: "" });
    expect(JSON.parse(again.out)).toEqual(shape);
    expect(JSON.parse(again.out).error.code).toBe("AlreadyImported");
    const proposed = await runCliProcess([
      "propose",
      fixture("proposal.json"),
      "--store",
      store,
      "--actor",
      PROVIDER,
      "--json",
    ]);
    expect(proposed).toMatchObject({ code: 4, err: "" });
    expect(JSON.parse(proposed.out)).toEqual(shape);
    const text = await runCliProcess(["import", manifest, "--store", imported]);
    expect(text).toMatchObject({ code: 4, out: "" });
    expect(text.err).toMatch(
      /^grant-ledger: geweigerd \(AlreadyImported\): overeenkomst emmen-sedna-2007 staat al in de store \(stroom agreement-emmen-sedna-2007 bevat precies deze import\); import schrijft een overeenkomst nooit twee keer$/m,
    );
  }, 120_000);

  it("--version, and help <command> with the exit codes", async () => {
    const version = await runCliProcess(["--version"]);
    expect(version).toMatchObject({ code: 0, out: `${packageJson.version}\n` });
    const help = await runCliProcess(["help", "report-result"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Gebruik: grant-ledger report-result [opties] <file>");
    expect(help.out).toMatch(/Afsluitcodes: 0 gerapporteerd/);
    const english = await runCliProcess(["help", "report-result", "--lang", "en"]);
    expect(english.code).toBe(0);
    expect(english.out).toContain("Usage: grant-ledger report-result [options] <file>");
    expect(english.out).toMatch(/Exit codes: 0 reported/);
  }, 120_000);

  it("reconcile prints its report in Dutch with Dutch numbers, in English with --lang en", async () => {
    const manifest = fileURLToPath(
      new URL("../../../../tests/fixtures/sedna-2022/manifest.json", import.meta.url),
    );
    const dutch = await runCliProcess(["reconcile", manifest]);
    expect(dutch.code).toBe(0);
    expect(dutch.out).toContain("manifest.json: alles sluit (1 bestand)");
    expect(dutch.out).toContain("begroting Doorbreken van armoede: 11.224 uur, € 854.788,425 exact");
    const english = await runCliProcess(["reconcile", manifest, "--lang", "en"]);
    expect(english.code).toBe(0);
    expect(english.out).toContain("manifest.json: everything reconciles (1 file)");
    expect(english.out).toContain("budget Doorbreken van armoede: 11,224 hours, €854,788.425 exact");
  }, 120_000);

  it("commander's own usage errors have the one prefix, and are one JSON object under --json", async () => {
    const plain = await runCliProcess(["verify", "--store", store, "--strem", "x"]);
    expect(plain.code).toBe(2);
    expect(plain.err).toMatch(/^grant-ledger: onbekende optie '--strem' \(bedoelt u --stream\?\)/);
    const json = await runCliProcess([
      "state",
      "--store",
      store,
      "--agreement",
      "x",
      "--asof",
      "3",
      "--json",
    ]);
    expect(json).toMatchObject({ code: 2, err: "" });
    expect(JSON.parse(json.out)).toEqual({
      ok: false,
      error: {
        kind: "usage",
        exitCode: 2,
        message: expect.stringMatching(/^onbekende optie '--asof' \(bedoelt u --as-of\?\)/),
      },
    });
  }, 60_000);
});
