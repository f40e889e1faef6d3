import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { importCli } from "./import";
import { recordFrameworkCli } from "./recordFramework";
import { reportCli } from "./report";
import { reportResultCli } from "./reportResult";
import { signCli } from "./sign";

const ROOT = resolve(import.meta.dirname, "../../../..");
const HAREN = join(ROOT, "tests/fixtures/haren-2013");
const RHEDEN = join(ROOT, "tests/fixtures/rheden-2020");
const SEDNA = join(ROOT, "tests/fixtures/sedna-2022");

const captured = () => {
  const out: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
  return { io, text: () => out.join("\n"), json: () => JSON.parse(out[out.length - 1] ?? "null") };
};

describe("a results framework from the CLI: imported, tracked per period, reported", () => {
  it("imports the Haren effect forms (their two contradictions accepted), measures 2013 and reports it in nl and en", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-results-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const on = ["--store", store, "--agreement", "haren-wmo-2013"];
    const refused = captured();
    expect(await importCli([join(HAREN, "manifest.json"), "--store", store, "--create"], refused.io)).toBe(1);
    expect(refused.text()).toContain("rol uitvoerder");
    const imported = captured();
    expect(
      await importCli(
        [
          join(HAREN, "manifest.json"),
          "--store",
          store,
          "--accept-discrepancies",
          "--sign",
          join(HAREN, "signatures.synthetic.json"),
        ],
        imported.io,
      ),
    ).toBe(0);
    expect(imported.text()).toContain("ResultsFrameworkRecorded");

    const measured = captured();
    expect(
      await reportResultCli(
        [
          join(HAREN, "meting-2013.synthetic.json"),
          "--framework",
          ...on,
          "--actor",
          "torion:provider:teamleider",
          "--json",
        ],
        measured.io,
      ),
    ).toBe(0);
    expect(measured.json()).toMatchObject({
      ok: true,
      period: "2013",
      indicators: [
        { indicatorId: "1.1-i1", verdict: "notMeasurable" },
        { indicatorId: "1.3-i1", verdict: "notMeasurable" },
      ],
    });

    const nl = captured();
    expect(await reportCli(["realisation", ...on, "--format", "csv"], nl.io)).toBe(0);
    expect(nl.text()).toContain(
      "2013;1.3-i1;outcome;Aantal jongeren dat deelneemt aan activiteiten.;;;nader te bepalen;31;niet meetbaar",
    );
    expect(nl.text()).toContain("ZRM socialParticipation;1–2 → 3–4;12");
    const en = captured();
    expect(await reportCli(["realisation", ...on, "--format", "csv", "--lang", "en"], en.io)).toBe(0);
    expect(en.text()).toContain("to be determined;31;not measurable");

    const unknown = captured();
    const bad = join(dir, "bad.json");
    await import("node:fs/promises").then((fs) =>
      fs.writeFile(
        bad,
        JSON.stringify({
          period: "2013",
          indicators: [{ indicatorId: "9.9", value: "1" }],
          reach: [],
          effects: [],
          milestones: [],
        }),
      ),
    );
    expect(
      await reportResultCli([bad, "--framework", ...on, "--actor", "torion:provider:teamleider"], unknown.io),
    ).toBe(4);
    expect(unknown.text()).toContain("het resultatenkader kent geen indicator 9.9");
  });

  it("imports a Rheden concept assignment: goals, effects, ambitions and 'Nader te bepalen' as to be determined", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-results-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    // The volunteers table uses MJBK doelen instead of the effects of §3 (kaders.tsv): two discrepancies.
    const refused = captured();
    expect(await importCli([join(RHEDEN, "manifest.json"), "--store", store, "--create"], refused.io)).toBe(
      1,
    );
    expect(refused.text()).toContain("effect niet in het kader");
    const c = captured();
    expect(
      await importCli(
        [join(RHEDEN, "manifest.json"), "--store", store, "--accept-discrepancies", "--json"],
        c.io,
      ),
    ).toBe(0);
    expect(JSON.stringify(c.json())).toContain("ResultsFrameworkRecorded");
  });
});

describe("a Rheden policy frame's planning, tracked per period", () => {
  it("imports kaders.tsv's steps as phase milestones; one reached late in H1 (and still so in H2), one missed by H2, as the realisation report shows", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-planning-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const on = ["--store", store, "--agreement", "rheden-samenredzaamheid-2020"];
    const provider = ["--actor", "welzijn-rheden:provider:coordinator"];
    const municipality = ["--actor", "gm0275:municipality:beleidsadviseur"];
    const manifest = join(RHEDEN, "manifest.json");
    expect(
      await importCli([manifest, "--store", store, "--create", "--accept-discrepancies"], captured().io),
    ).toBe(0);
    for (const [party, actor, role] of [
      ["provider", provider, "directeur"],
      ["municipality", municipality, "wethouder"],
    ] as const)
      expect(await signCli([...on, "--party", party, ...actor, "--role", role], captured().io)).toBe(0);
    const fs = await import("node:fs/promises");
    const measure = async (period: string, milestones: object[]) => {
      const file = join(dir, `${period}.json`);
      await fs.writeFile(
        file,
        JSON.stringify({ period, indicators: [], reach: [], effects: [], milestones }),
      );
      const c = captured();
      const code = await reportResultCli([file, "--framework", ...on, ...provider], c.io);
      expect(code, c.text()).toBe(0);
    };
    await measure("2020-H1", [{ milestoneId: "planning-stap-1", reachedOn: "2020-05-12" }]);
    await measure("2020-H2", [{ milestoneId: "planning-stap-2", reachedOn: "2020-09-20" }]);
    const report = captured();
    expect(await reportCli(["realisation", ...on, "--format", "csv", "--lang", "en"], report.io)).toBe(0);
    const rows = report
      .text()
      .split(/\r?\n/)
      .filter((l) => l.includes(";planning-stap-"));
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^2020-H1;planning-stap-1;Stap 1: Omgevingsanalyse vanuit het Rhedens model;2020-04-30;.*2020-05-12;.*reached late$/,
        ),
        // Reached in H1, still reached (late) in H2: a later report need not repeat it.
        expect.stringMatching(/^2020-H2;planning-stap-1;.*;2020-05-12;;reached late$/),
        expect.stringMatching(/^2020-H2;planning-stap-2;Stap 2: Gebiedsanalyse;2020-09-30;.*reached$/),
        expect.stringMatching(/^2020-H2;planning-stap-3;Stap 3: Inwoners als klankbord;2020-09-30;.*missed$/),
      ]),
    );
  });
});

describe("record-framework --manifest: one import manifest takes a document's framework tables in", () => {
  const municipality = ["--actor", "gm0114:municipality:beleidsadviseur"];
  const setUp = async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-framework-manifest-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    // The budget-only manifest: the agreement exists, without a framework.
    expect(await importCli([join(SEDNA, "manifest.json"), "--store", store, "--create"], captured().io)).toBe(
      0,
    );
    return { dir, on: ["--store", store, "--agreement", "sedna-2022-aanvraag", ...municipality] };
  };

  it("records the framework the manifest's results sections describe (services, summary, impact)", async () => {
    const { on } = await setUp();
    const c = captured();
    const args = ["--manifest", join(SEDNA, "services.manifest.json"), "--reason", "aanvraag 2022", "--json"];
    expect(await recordFrameworkCli([...on, ...args], c.io)).toBe(0);
    // 39 impacts; the services tables' 27 services, the summary's 11 for informele zorg and Info & Advies.
    expect(c.json()).toMatchObject({ ok: true, framework: { effects: 39, services: 39, results: 0 } });
  });

  it("refuses both --file and --manifest, another agreement's manifest, a manifest without results, and contradicting tables", async () => {
    const { dir, on } = await setUp();
    const both = captured();
    const file = join(RHEDEN, "framework.synthetic.json");
    const manifest = join(SEDNA, "services.manifest.json");
    expect(
      await recordFrameworkCli(
        [...on, "--file", file, "--manifest", manifest, "--reason", "x", "--lang", "en"],
        both.io,
      ),
    ).toBe(2);
    expect(both.text()).toContain("--file <framework.json> or --manifest <manifest.json>");
    const neither = captured();
    expect(await recordFrameworkCli([...on, "--reason", "x"], neither.io)).toBe(2);
    const other = captured();
    expect(
      await recordFrameworkCli(
        [...on, "--manifest", join(RHEDEN, "manifest.json"), "--reason", "x", "--lang", "en"],
        other.io,
      ),
    ).toBe(2);
    expect(other.text()).toContain(
      "describes agreement rheden-samenredzaamheid-2020, not sedna-2022-aanvraag",
    );
    const none = captured();
    expect(
      await recordFrameworkCli(
        [...on, "--manifest", join(SEDNA, "manifest.json"), "--reason", "x", "--lang", "en"],
        none.io,
      ),
    ).toBe(2);
    expect(none.text()).toContain("lists no results section");

    const fs = await import("node:fs/promises");
    await fs.cp(SEDNA, join(dir, "sedna"), { recursive: true });
    const table = join(dir, "sedna/samenvatting-bereik-kosten.tsv");
    await fs.writeFile(
      table,
      (await fs.readFile(table, "utf8")).replace("Subtotaal\t410\t", "Subtotaal\t411\t"),
    );
    const bad = ["--manifest", join(dir, "sedna/services.manifest.json"), "--reason", "x", "--lang", "en"];
    const contradicted = captured();
    // Exit 1, as `import` and `reconcile` exit on discrepancies: the tables read, but contradict themselves.
    expect(await recordFrameworkCli([...on, ...bad], contradicted.io)).toBe(1);
    expect(contradicted.text()).toContain("samenvatting-bereik-kosten.tsv:40");
    expect(await recordFrameworkCli([...on, ...bad, "--accept-discrepancies"], captured().io)).toBe(0);
  });
});
