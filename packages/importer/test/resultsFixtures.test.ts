import { join, resolve } from "node:path";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Reconciliation, reconcile } from "../src";

const FIXTURES = resolve(import.meta.dirname, "../../../tests/fixtures");

const read = async (manifest: string): Promise<Reconciliation> => {
  const r = await reconcile(join(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};
const where = (r: Reconciliation, severity: "discrepancy" | "note", kind?: string) =>
  r.discrepancies
    .filter((d) => d.severity === severity && (kind === undefined || d.kind === kind))
    .map((d) => `${d.file}:${d.line}`);

describe("emmen-2007 result lists (resultaten-*), with the README's checked facts", () => {
  it("reads 103 rows with content: De Velden 51, Emmen Stad 35, De Blokken 17; one result each", async () => {
    const r = await read("emmen-2007/results.manifest.json");
    const rows = r.totals.results.expectedResults;
    const sum = (d: string) => Object.values(rows[d] ?? {}).reduce((a, b) => a + b, 0);
    expect([sum("Velden"), sum("Stad"), sum("Blokken")]).toEqual([51, 35, 17]);
    expect(r.results.framework?.results).toHaveLength(103);
    expect(r.results.framework?.results.every((x) => x.deadline === "2007-12-31")).toBe(true);
  });

  it("finds no discrepancy (no list has totals) and notes each work type whose cell has no units, naming the cell", async () => {
    const r = await read("emmen-2007/results.manifest.json");
    expect(where(r, "discrepancy")).toEqual([]);
    const unfunded = r.discrepancies
      .filter((d) => d.kind === "unfunded-work-type")
      .map(
        (d) =>
          `${d.file.replace(/-[a-z-]+\.tsv$/, "")}:${d.line} ${d.resultArea}/${d.workType}/${d.district}`,
      );
    expect(unfunded).toEqual([
      "resultaten-de-velden-3:4 3/OW/Velden",
      "resultaten-de-velden-3:10 3/OW/Velden",
      "resultaten-de-velden-6:6 6/SCW/Velden",
      "resultaten-de-velden-6:9 6/OW/Velden",
      "resultaten-de-velden-6:13 6/SCW/Velden",
      "resultaten-de-velden-7:6 7/OW/Velden",
      "resultaten-de-velden-7:6 7/SCW/Velden",
      "resultaten-de-velden-7:17 7/OW/Velden",
      "resultaten-emmen-stad-7:7 7/OW/Stad",
    ]);
    expect(where(r, "note", "no-work-type")).toEqual([
      "resultaten-de-velden-7-samenleven-en-samenhang.tsv:14",
      "resultaten-emmen-stad-5-vrijwilligers.tsv:6",
    ]);
    const teams = r.discrepancies.filter((d) => d.kind === "not-a-work-type" && d.found === "Team SLO");
    expect(teams.map((d) => `${d.file.replace(/-[a-z-]+\.tsv$/, "")}:${d.line}`)).toEqual([
      "resultaten-de-velden-3:6",
      "resultaten-de-velden-3:8",
      "resultaten-de-velden-3:11",
      "resultaten-de-velden-7:8",
      "resultaten-de-velden-7:18",
    ]);
  });

  it("parses De Blokken's five deadline spellings and notes each; places its results at the district without a work type", async () => {
    const r = await read("emmen-2007/results.manifest.json");
    const spellings = r.discrepancies.filter((d) => d.kind === "deadline-spelling").map((d) => d.found);
    expect(new Set(spellings)).toEqual(
      new Set(["31 – 12 – 2007", "31 - 12 - 2007", "31 - 12 – 2007", "31 -12 – 2007", "31 – 12 - 2007"]),
    );
    const blokken = r.results.framework?.results.filter((x) => x.placement?.district === "Blokken") ?? [];
    expect(blokken).toHaveLength(17);
    expect(blokken.every((x) => x.placement?.workTypes === undefined)).toBe(true);
    const velden = r.results.framework?.results.filter((x) => x.placement?.village === "Schoonebeek") ?? [];
    expect(velden.length).toBeGreaterThan(0);
  });
});

describe("haren-2013 effect forms, with the README's checked facts", () => {
  it("reports exactly the forms' own contradictions: 3.3's unlettered Torion block and its unlisted Noordermaat block", async () => {
    const r = await read("haren-2013/manifest.json");
    expect(
      r.discrepancies.filter((d) => d.severity === "discrepancy").map((d) => `${d.kind} ${d.line}`),
    ).toEqual(["contractor-role 6", "contractor-not-listed 8"]);
  });

  it("reads direct hours only for Torion, 3.1's PM as to be determined, and leads that are not the provider", async () => {
    const r = await read("haren-2013/manifest.json");
    expect(r.totals.results.directHours).toEqual({
      "1.1": { Torion: "190" },
      "1.2": { Torion: "557" },
      "1.3": { Torion: "1157" },
      "3.3": { Torion: "866" },
      "3.5": { Torion: "677" },
    });
    const f = r.results.framework;
    const block = (effect: string, org: string) =>
      f?.contractors.find((c) => c.effectId === effect && c.organisation === org);
    expect(block("3.1", "Torion")?.effort).toEqual([
      { kind: "toBeDetermined", as: { state: "toBeDetermined", printed: "PM" } },
    ]);
    expect(block("1.1", "Gemeente Afdeling WIZ")?.role).toBe("lead");
    expect(block("3.1", "Gemeente")?.role).toBe("lead");
    expect(block("3.2", "Politie")?.role).toBe("lead");
    expect(block("3.3", "Torion")?.role).toBe("unmarked");
    expect(f?.effects.map((e) => `${e.id}${e.priority ?? ""}`)).toEqual([
      "1.1A",
      "1.2B",
      "1.3A",
      "3.1C",
      "3.2C",
      "3.3A",
      "3.4B",
      "3.5A",
    ]);
  });

  it("reads the baselines written into indicator text, and notes the 2015 reference date inside 2013–2016", async () => {
    const r = await read("haren-2013/manifest.json");
    const baselines = (r.results.framework?.indicators ?? []).flatMap((i) =>
      i.baseline !== undefined && "at" in i.baseline ? [i.baseline.at] : [],
    );
    expect(baselines).toEqual([{ date: "2013-01-01" }, { year: 2012 }, { year: 2015 }, { year: 2015 }]);
    expect(where(r, "note", "baseline-date")).toEqual([
      "3-leefbaarheid-en-veiligheid-effecten.tsv:57",
      "3-leefbaarheid-en-veiligheid-effecten.tsv:80",
    ]);
    const tg = r.results.framework?.effects.find((e) => e.id === "3.3")?.targetGroups;
    expect(tg?.map((g) => g.count ?? null)).toEqual([250, 75, null, 4368]);
  });
});

describe("emmen-2007 result targets read from the text", () => {
  it("gives a result with one figure and a comparator an output indicator; 'met 100 %' against 2005 is a change from the baseline", async () => {
    const r = await read("emmen-2007/results.manifest.json");
    const f = r.results.framework;
    const summary = (f?.indicators ?? []).map((i) =>
      "comparator" in i.target
        ? `${i.id} ${i.target.comparator}${i.target.comparator === "changeFromBaseline" ? ` ${i.target.measure} ${i.target.bound}` : ""}`
        : i.id,
    );
    expect(summary).toEqual([
      "blokken-2-l3-i1 atLeast",
      "velden-2-l4-i1 atLeast",
      "velden-2-l5-i1 atLeast",
      "velden-4-l7-i1 atLeast",
      "velden-5-l13-i1 changeFromBaseline percent atLeast",
      "stad-6-l3-i1 atLeast",
    ]);
    const growth = f?.indicators.find((i) => i.id === "velden-5-l13-i1");
    expect(growth?.baseline).toEqual({ value: { state: "toBeDetermined" }, at: { year: 2005 } });
    expect(f?.results.find((x) => x.id === "velden-5-l13")?.indicatorIds).toEqual(["velden-5-l13-i1"]);
    // Two figures ("minimaal 20 vrijwilligers …; er zijn 120 deelnemers"): which one the comparator binds is a reading, so no target.
    const spelweek = f?.results.find((x) => x.id === "velden-5-l6");
    expect(spelweek?.text).toMatch(/minimaal 20 vrijwilligers/);
    expect(spelweek?.indicatorIds).toBeUndefined();
    expect(where(r, "discrepancy")).toEqual([]);
  });
});

describe("emmen-2007 frames (kader-arrangement-*), with the README's checked facts", () => {
  it("reads the five labels of each of the five blocks into one effect per result area, with no finding", async () => {
    const r = await read("emmen-2007/results.manifest.json");
    expect(r.discrepancies.filter((d) => d.kind === "frame-label" || d.file.startsWith("kader-"))).toEqual(
      [],
    );
    expect(Object.keys(r.totals.results.frames)).toEqual(["2", "3", "4", "6", "7"]);
    for (const parts of Object.values(r.totals.results.frames))
      expect(Object.values(parts).every((n) => n >= 1)).toBe(true);
    // kader 2: `Andere interventies` continues `Interventies` after a blank line.
    expect(r.totals.results.frames["2"]?.interventions).toBe(2);
    const e = r.results.framework?.effects.find((x) => x.id === "kader-2");
    expect(e?.title).toMatch(/^Kaders voor de inzet zijn het gemeentelijk jeugdbeleid/);
    expect(e?.links?.resultAreas).toEqual(["2"]);
    expect(r.results.framework?.subGoals.filter((g) => g.effectId === "kader-2")).toHaveLength(1);
  });
});

describe("haren-2013 indicator targets, read from the text as printed", () => {
  it("reads the eight directions against a baseline; every other indicator stays to be determined with a note", async () => {
    const r = await read("haren-2013/manifest.json");
    const indicators = r.results.framework?.indicators ?? [];
    const read_ = indicators.flatMap((i) =>
      "comparator" in i.target && i.target.comparator === "changeFromBaseline"
        ? [`${i.id} ${i.target.bound}`]
        : [],
    );
    expect(read_).toEqual([
      "1.2-i2 lessThan",
      "1.1-i4 lessThan",
      "1.1-i6 lessThan",
      "1.2-i8 moreThan",
      "3.4-i2 lessThan",
      "3.5-i2 lessThan",
      "3.4-i6 moreThan",
      "3.5-i9 moreThan",
    ]);
    const notes = where(r, "note", "indicator-target");
    expect(notes).toHaveLength(indicators.length - 8);
    expect(notes).toContain("1-participeren-opdrachten.tsv:9");
    expect(where(r, "discrepancy", "indicator-target")).toEqual([]);
  });
});

describe("rheden-2020 goal tables, with the README's checked facts", () => {
  it("reads global goals 3 and 11, four 'Nader te bepalen' cells as to be determined, no number; the only discrepancies are the README's", async () => {
    const r = await read("rheden-2020/manifest.json");
    // "The effect column does not use the three effects of §3": the volunteers table uses MJBK doel F and a shortened doel I.
    expect(where(r, "discrepancy")).toEqual([
      "vrijwilligers-en-actieve-burgers.tsv:2",
      "vrijwilligers-en-actieve-burgers.tsv:3",
    ]);
    expect(r.results.framework?.globalGoals.flatMap((g) => (g.sdg === undefined ? [] : [g.sdg]))).toEqual([
      3, 11,
    ]);
    const g = r.totals.results.goalTables;
    expect(
      (g["Vrijwilligers en actieve burgers"]?.toBeDetermined ?? 0) +
        (g["Maatschappelijk werk"]?.toBeDetermined ?? 0),
    ).toBe(4);
    expect(g["Vrijwilligers en actieve burgers"]?.subGoals).toBe(5);
    expect(g["Maatschappelijk werk"]?.subGoals).toBe(4);
    expect(where(r, "note", "to-be-determined")[0]).toBe("vrijwilligers-en-actieve-burgers.tsv:2");
    // No row has a number, a baseline or a date.
    expect(r.results.framework?.indicators).toEqual([]);
    expect(r.results.framework?.results.every((x) => x.deadline === undefined)).toBe(true);
  });

  it("links the results of a row naming two effects to both (maatschappelijk-werk row 2), as the frame's effects of §3", async () => {
    const r = await read("rheden-2020/manifest.json");
    const f = r.results.framework;
    const title = (id: string | undefined) => f?.effects.find((e) => e.id === id)?.title;
    const both = (f?.results ?? []).filter((x) => (x.alsoEffectIds ?? []).length > 0);
    expect(both.length).toBeGreaterThan(0);
    for (const x of both) {
      expect(x.effectId).toBe("effect-1");
      expect(title(x.effectId)).toBe("Het vergroten van de zelfredzaamheid van inwoners");
      expect((x.alsoEffectIds ?? []).map(title)).toEqual([expect.stringMatching(/^Dure zorg voorkomen/)]);
    }
  });
});

describe("sedna-2022 summary (samenvatting-bereik-kosten), with the README's checked facts", () => {
  it("every reach subtotal equals its rows, the total 15.165 the subtotals plus Info & Advies; no discrepancy", async () => {
    const r = await read("sedna-2022/services.manifest.json");
    expect(where(r, "discrepancy")).toEqual([]);
    const s = r.totals.results.summaries["samenvatting-bereik-kosten.tsv"];
    expect(s?.total).toBe("15165");
    expect(s?.printedTotal).toBe("15165");
    expect(s?.forAllOpgaves).toBe("5400");
    expect(Object.values(s?.opgaves ?? {}).map((o) => [o.reach, o.printedReach, o.cost])).toEqual([
      ["1055", "1055", "854788"],
      ["2250", "2250", "1783417"],
      ["3590", "3590", "1120643"],
      ["410", "410", "237870"],
      ["2460", "2460", "864508"],
    ]);
    // The five cost subtotals add up to € 4.861.226 (the budget's own total is not legible in the seed).
    expect(s?.costs).toBe("4861226");
    // KOPP-groepen `ntb.` and the ervaringsdeskundige's `-` are not counted, and noted.
    expect(where(r, "note", "reach-figure")).toEqual(
      expect.arrayContaining(["samenvatting-bereik-kosten.tsv:19", "samenvatting-bereik-kosten.tsv:39"]),
    );
  });

  it("reports a subtotal that is not the sum of its rows as a discrepancy", async () => {
    const { parseSummary } = await import("../src/results/summary");
    const read_ = parseSummary({
      file: "s.tsv",
      rows: [
        "Dienst\tBereik\tKosten",
        "Armoede\t\t",
        "A\t10\t",
        "B\t5\t",
        "Subtotaal\t16\t€ 1.000",
        "Totaal\t16\t",
      ].map((l, i) => ({ line: i + 1, cells: l.split("\t") })),
    } as never);
    expect(read_.findings.map((f) => [f.kind, f.severity, f.line])).toEqual([
      ["reach-total", "discrepancy", 5],
    ]);
  });
});

describe("sedna-2022 services and reach, with the README's checked facts", () => {
  it("adds up every opgave's reach to its printed total, with no discrepancy; n.t.b., - and 890* noted", async () => {
    const r = await read("sedna-2022/services.manifest.json");
    expect(where(r, "discrepancy")).toEqual([]);
    expect(
      Object.fromEntries(Object.entries(r.totals.results.reach).map(([k, v]) => [k, [v.planned, v.printed]])),
    ).toEqual({
      "Doorbreken van armoede": ["1055", "1055"],
      "Perspectief voor jeugdigen": ["2250", "2250"],
      "Huiselijk geweld": ["410", "410"],
      "Versterken zelfredzaamheid": ["2460", "2460"],
    });
    expect(
      r.discrepancies
        .filter((d) => d.kind === "reach-figure" && d.file.startsWith("diensten-"))
        .map((d) => d.found),
    ).toEqual(["-", "890*", "n.t.b.", "nothing"]);
    const armoede = r.results.framework?.services.filter((s) => s.opgave === "Doorbreken van armoede") ?? [];
    expect(armoede.find((s) => s.service === "Intergenerationele Armoede")).toMatchObject({ planned: 15 });
  });
});
