import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCliProcess } from "@grant-ledger/cli/testing";
import { afterAll, describe, expect, it } from "vitest";

// Issue 16, done when: "A Haren-style effects framework and a Rheden-style concept assignment
// can be imported, reported on and tracked per period from the CLI". Every step is a real
// process on a SQLite file, as a user runs it.

const FIXTURES = resolve(import.meta.dirname, "../fixtures");
const dir = mkdtempSync(join(tmpdir(), "gl-framework-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => runCliProcess(args, { timeoutMs: 60_000 });
const json = (out: string) => JSON.parse(out);

describe("a results framework from the CLI, as real processes", () => {
  it("Haren: the effect forms imported and signed, 2013 measured, the realisation report per period", async () => {
    const store = `sqlite:${join(dir, "haren.db")}`;
    const haren = join(FIXTURES, "haren-2013");
    const on = ["--store", store, "--agreement", "haren-wmo-2013"];
    const imported = await run([
      "import",
      join(haren, "manifest.json"),
      "--store",
      store,
      "--create",
      "--accept-discrepancies",
      "--sign",
      join(haren, "signatures.synthetic.json"),
    ]);
    expect(imported.code).toBe(0);
    const measured = await run([
      "report-result",
      join(haren, "meting-2013.synthetic.json"),
      "--framework",
      ...on,
      "--actor",
      "torion:provider:teamleider",
      "--json",
    ]);
    expect(measured.code).toBe(0);
    expect(json(measured.out)).toMatchObject({ ok: true, period: "2013" });
    const report = await run(["report", "realisation", ...on, "--format", "csv", "--lang", "en"]);
    expect(report.code).toBe(0);
    expect(report.out).toContain("2013;1.3-i1;outcome;Aantal jongeren dat deelneemt aan activiteiten.");
    // 1.1's "Afname … per peildatum 1 jan 2013" is read as a target, spelled out in the report.
    expect(report.out).toContain("change from the baseline less than 0");
  }, 180_000);

  it("Sedna (synthetic split): reach per category imported, reconciled, measured and reported in JSON, CSV and HTML", async () => {
    const store = `sqlite:${join(dir, "sedna.db")}`;
    const manifest = join(FIXTURES, "sedna-2022", "categories.synthetic.manifest.json");
    const on = ["--store", store, "--agreement", "sedna-2022-aanvraag"];
    const reconciled = await run(["reconcile", manifest, "--json"]);
    expect(reconciled.code).toBe(0);
    expect(json(reconciled.out).totals.results.reach["Huiselijk geweld"].categories).toEqual({
      residents: "160",
      volunteers: "50",
      chainPartners: "200",
    });
    expect((await run(["import", manifest, "--store", store, "--create"])).code).toBe(0);
    for (const [party, actor, role] of [
      ["provider", "sedna:provider:directeur", "directeur"],
      ["municipality", "gm0114:municipality:wethouder", "wethouder"],
    ] as const)
      expect((await run(["sign", ...on, "--party", party, "--actor", actor, "--role", role])).code).toBe(0);
    const measured = await run([
      "report-result",
      join(FIXTURES, "sedna-2022", "meting-2022-H1.synthetic.json"),
      "--framework",
      ...on,
      "--actor",
      "sedna:provider:teamleider",
    ]);
    expect(measured.code).toBe(0);
    const [asJson, asCsv, asHtml] = await Promise.all(
      ["json", "csv", "html"].map((format) =>
        run(["report", "realisation", ...on, "--format", format, "--lang", "en"]),
      ),
    );
    const training = json(asJson?.out ?? "").body.framework.periods[0].reach.find(
      (r: { service: string }) => r.service === "Training vroegsignalering",
    );
    expect(training.categories).toEqual([
      { category: "residents", planned: 60, realised: 25 },
      { category: "volunteers", planned: 40, realised: 15 },
      { category: "chainPartners", planned: 200, realised: 100 },
    ]);
    expect(asCsv?.out).toContain("2022-H1;Training vroegsignalering;Huiselijk geweld;chain partners;200;100");
    expect(asHtml?.out).toContain("Reach per service and category (residents, volunteers, chain partners)");
  }, 240_000);

  it("record-framework exits as every command does: a bad file 2, a domain refusal 4, contradicting tables 1, listed in --help", async () => {
    const store = `sqlite:${join(dir, "exit-codes.db")}`;
    const rheden = join(FIXTURES, "rheden-2020");
    const on = ["--store", store, "--agreement", "rheden-samenredzaamheid-2020"];
    const municipality = ["--actor", "gm0275:municipality:beleidsadviseur"];
    const imported = await run([
      "import",
      join(rheden, "manifest.json"),
      "--store",
      store,
      "--create",
      "--accept-discrepancies",
    ]);
    expect(imported.code).toBe(0);
    const notJson = join(dir, "not-json.json");
    const undecodable = join(dir, "undecodable.json");
    const dangling = join(dir, "dangling.json");
    writeFileSync(notJson, "{ globalGoals: ");
    writeFileSync(undecodable, JSON.stringify({ globalGoals: "SDG 3" }));
    const framework = JSON.parse(readFileSync(join(rheden, "framework.synthetic.json"), "utf8"));
    writeFileSync(
      dangling,
      JSON.stringify({ ...framework, results: [{ id: "r", text: "x", effectId: "9.9" }] }),
    );
    const record = (file: string) =>
      run(["record-framework", ...on, "--file", file, "--reason", "x", ...municipality, "--json"]);
    const [asNotJson, asUndecodable, asMissing, asDangling] = await Promise.all(
      [notJson, undecodable, join(dir, "missing.json"), dangling].map(record),
    );
    for (const bad of [asNotJson, asUndecodable, asMissing]) {
      expect(bad?.code).toBe(2);
      expect(json(bad?.out ?? "").error).toMatchObject({ kind: "bad-file", exitCode: 2 });
    }
    // The same mistake in another command exits the same way.
    const otherCommand = await run([
      "report-result",
      undecodable,
      "--framework",
      ...on,
      "--actor",
      "welzijn-rheden:provider:coordinator",
      "--json",
    ]);
    expect(otherCommand.code).toBe(2);
    expect(json(otherCommand.out).error).toMatchObject({ kind: "bad-file", exitCode: 2 });
    // Decodes, but does not hold together: the domain refuses it, nothing recorded.
    expect(asDangling?.code).toBe(4);
    expect(json(asDangling?.out ?? "")).toMatchObject({
      ok: false,
      outcome: "forbidden",
      error: { kind: "refused", exitCode: 4, code: "InvalidResultsFramework" },
    });
    // The manifest's results sections contradict themselves (the README's two discrepancies): exit 1, as import.
    const contradicted = await run([
      "record-framework",
      ...on,
      "--manifest",
      join(rheden, "manifest.json"),
      "--reason",
      "x",
      ...municipality,
      "--json",
    ]);
    expect(contradicted.code).toBe(1);
    expect(json(contradicted.out).error).toMatchObject({ kind: "discrepancies", exitCode: 1 });
    const help = await run(["record-framework", "--help", "--lang", "en"]);
    expect(help.out).toContain("1 --manifest: the results sections contradict themselves");
    expect(help.out).toContain("2 also a --file that cannot be read, is not JSON or does not decode");
    expect(help.out).toContain(
      "4 also a framework whose parts do not hold together (InvalidResultsFramework)",
    );
  }, 180_000);

  it("Rheden: the concept assignment imported, its framework recorded from a file, signed, tracked over two half-years", async () => {
    const store = `sqlite:${join(dir, "rheden.db")}`;
    const rheden = join(FIXTURES, "rheden-2020");
    const on = ["--store", store, "--agreement", "rheden-samenredzaamheid-2020"];
    const provider = ["--actor", "welzijn-rheden:provider:coordinator"];
    const municipality = ["--actor", "gm0275:municipality:beleidsadviseur"];
    // kaders.tsv is in the manifest: the volunteers table's two effects that are not of §3 are the README's discrepancies.
    const contradicted = await run(["import", join(rheden, "manifest.json"), "--store", store, "--create"]);
    expect(contradicted.code).toBe(1);
    const imported = await run([
      "import",
      join(rheden, "manifest.json"),
      "--store",
      store,
      "--create",
      "--accept-discrepancies",
    ]);
    expect(imported.code).toBe(0);

    const recorded = await run([
      "record-framework",
      ...on,
      "--file",
      join(rheden, "framework.synthetic.json"),
      "--reason",
      "resultaten en indicatoren vastgesteld",
      ...municipality,
      "--json",
    ]);
    expect(recorded.code).toBe(0);
    expect(json(recorded.out)).toMatchObject({
      ok: true,
      framework: { effects: 1, results: 1, indicators: 3, milestones: 1 },
    });
    for (const [party, actor, role] of [
      ["provider", provider, "directeur"],
      ["municipality", municipality, "wethouder"],
    ] as const)
      expect((await run(["sign", ...on, "--party", party, ...actor, "--role", role])).code).toBe(0);

    const h1 = await run([
      "report-result",
      join(rheden, "meting-2020-H1.synthetic.json"),
      "--framework",
      ...on,
      ...provider,
      "--json",
    ]);
    expect(h1.code).toBe(0);
    expect(json(h1.out).indicators).toEqual([
      { indicatorId: "mw-1-i1", verdict: "met" },
      { indicatorId: "mw-1-i3", verdict: "notMet" },
    ]);
    const h2 = await run([
      "report-result",
      join(rheden, "meting-2020-H2.synthetic.json"),
      "--framework",
      ...on,
      ...provider,
    ]);
    expect(h2.code).toBe(0);
    expect(h2.out).toContain("gemeten: 2020-H2 voor rheden-samenredzaamheid-2020; 3 indicatoren, 2 gehaald");

    const report = await run(["report", "realisation", ...on, "--format", "csv"]);
    expect(report.code).toBe(0);
    expect(report.out).toContain("2020-H1;mw-1-i1");
    expect(report.out).toContain("2020-H2;mw-1-i2");

    // Signed: only the municipality replaces the framework; the provider is refused with the domain error.
    const refused = await run([
      "record-framework",
      ...on,
      "--file",
      join(rheden, "framework.synthetic.json"),
      "--reason",
      "poging",
      ...provider,
    ]);
    expect(refused.code).toBe(4);
    expect(refused.err).toContain("(PartyNotAllowed)");
  }, 240_000);

  it("Buurt Vitaal: the KOEK planning imported through the manifest (15 + 20 + 15 participants, the GGD's evaluations), tracked per half-year", async () => {
    const store = `sqlite:${join(dir, "buurt-vitaal.db")}`;
    const manifest = join(FIXTURES, "buurt-vitaal-2009", "manifest.json");
    const on = ["--store", store, "--agreement", "buurt-vitaal-emmermeer-2009"];
    const provider = ["--actor", "emmermeer-partners:provider:coordinator"];
    // The README's checked facts: the phases add up to the 50 participants and 100 active residents the last cell states.
    const reconciled = await run(["reconcile", manifest, "--json"]);
    expect(reconciled.code).toBe(0);
    expect(json(reconciled.out).totals.results.plannings.KOEK).toMatchObject({
      phases: 3,
      evaluations: 2,
      participants: 50,
      statedParticipants: 50,
      activeResidents: 100,
      statedActiveResidents: 100,
    });
    expect((await run(["import", manifest, "--store", store, "--create"])).code).toBe(0);
    for (const [party, actor, role] of [
      ["provider", "emmermeer-partners:provider:directeur", "directeur"],
      ["municipality", "gm0114:municipality:wethouder", "wethouder"],
    ] as const)
      expect((await run(["sign", ...on, "--party", party, "--actor", actor, "--role", role])).code).toBe(0);
    const measure = async (period: string, milestones: object[]) => {
      const file = join(dir, `koek-${period}.json`);
      writeFileSync(file, JSON.stringify({ period, indicators: [], reach: [], effects: [], milestones }));
      expect((await run(["report-result", file, "--framework", ...on, ...provider])).code).toBe(0);
    };
    await measure("2011-H1", [{ milestoneId: "koek-fase-1", reachedOn: "2011-06-20", achieved: 15 }]);
    await measure("2011-H2", [{ milestoneId: "koek-fase-2", reachedOn: "2011-12-20", achieved: 17 }]);
    await measure("2012-H1", [{ milestoneId: "koek-tussenevaluatie", reachedOn: "2012-01-16" }]);
    const report = await run(["report", "realisation", ...on, "--format", "csv", "--lang", "en"]);
    expect(report.code).toBe(0);
    const rows = report.out.split(/\r?\n/).filter((l) => l.includes(";koek-"));
    expect(rows).toEqual(
      expect.arrayContaining([
        "2011-H1;koek-fase-1;KOEK fase 1;2011-06-30;;15;2011-06-20;15;reached",
        // Phase 2 ended with 17 of its 20 participants: open on its last day, missed after.
        "2011-H2;koek-fase-2;KOEK fase 2;2011-12-31;;20;2011-12-20;17;open",
        "2012-H1;koek-fase-2;KOEK fase 2;2011-12-31;;20;2011-12-20;17;missed",
        "2012-H1;koek-tussenevaluatie;KOEK tussenevaluatie;2011-12-31;GGD;;2012-01-16;;reached late",
        "2012-H1;koek-eindevaluatie;KOEK eindevaluatie;2012-06-30;GGD;;;;open",
      ]),
    );
  }, 240_000);
});
