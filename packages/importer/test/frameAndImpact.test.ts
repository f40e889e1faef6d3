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
const found = (r: Reconciliation, kind: string) =>
  r.discrepancies.filter((d) => d.kind === kind).map((d) => `${d.severity} ${d.file}:${d.line}`);

describe("rheden-2020 kaders.tsv (policyFrames), with the README's checked facts", () => {
  it("reads every heading; 'Uitgangspunten (6 van de 8 van toepassing)' lists six, so no count discrepancy", async () => {
    const r = await read("rheden-2020/manifest.json");
    expect(r.totals.results.policyFrames["kaders.tsv"]).toEqual({
      "Rhedens model": 5,
      "Nieuwe uitgangspunten": 5,
      "Wettelijke kaders": 13,
      "Sociale visie": 6,
      MJBK: 9,
      "Maatschappelijke effecten": 3,
      Werkvelden: 3,
      Planning: 2,
      effects: 3,
      policyGoals: 7,
      workFields: 3,
      planningSteps: 3,
    });
    expect(found(r, "listed-count")).toEqual([]);
    expect(found(r, "frame-label")).toEqual([]);
  });

  it("records the three effects of §3, the MJBK doelen A, C, E, M, F, I, J under their focus points (`|` read as I, noted) and the planning as phases", async () => {
    const r = await read("rheden-2020/manifest.json");
    const f = r.results.framework;
    expect(f?.effects.filter((e) => e.id.startsWith("effect-")).map((e) => e.title)).toEqual([
      "Het vergroten van de zelfredzaamheid van inwoners",
      "Het vergroten van de inwonerparticipatie en verbondenheid",
      "Dure zorg voorkomen (substitutie van zorg door welzijn, meer doen met minder middelen)",
    ]);
    const doelen = f?.effects.filter((e) => e.id.startsWith("doel-")) ?? [];
    expect(doelen.map((e) => e.id)).toEqual([
      "doel-a",
      "doel-c",
      "doel-e",
      "doel-m",
      "doel-f",
      "doel-i",
      "doel-j",
    ]);
    expect(doelen.find((e) => e.id === "doel-f")?.globalGoalIds).toContain("focuspunt-2-samen-onderweg");
    expect(found(r, "code-reading")).toEqual(["note kaders.tsv:38"]);
    expect(f?.milestones.map((m) => [m.id, m.kind, m.deadline])).toEqual([
      ["planning-stap-1", "phase", "2020-04-30"],
      ["planning-stap-2", "phase", "2020-09-30"],
      ["planning-stap-3", "phase", "2020-09-30"],
    ]);
    expect(f?.milestones[1]?.title).toBe("Stap 2: Gebiedsanalyse");
  });

  it("checks the goal tables' effects against §3: maatschappelijk werk uses two of them, the volunteers table doel F and a shortened doel I, 'inwonerparticipatie en verbondenheid' neither", async () => {
    const r = await read("rheden-2020/manifest.json");
    const f = r.results.framework;
    const mw = (f?.results ?? []).filter((x) => x.id.startsWith("maatschappelijk-werk-"));
    expect(new Set(mw.flatMap((x) => [x.effectId, ...(x.alsoEffectIds ?? [])]))).toEqual(
      new Set(["effect-1", "effect-3"]),
    );
    const vab = (f?.results ?? []).filter((x) => x.id.startsWith("vrijwilligers-en-actieve-burgers-"));
    expect(new Set(vab.map((x) => x.effectId))).toEqual(new Set(["doel-f", "doel-i"]));
    const notInFrame = r.discrepancies.filter((d) => d.kind === "effect-not-in-frame");
    expect(notInFrame.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual([
      "discrepancy vrijwilligers-en-actieve-burgers.tsv:2",
      "discrepancy vrijwilligers-en-actieve-burgers.tsv:3",
    ]);
    expect(notInFrame[0]?.message).toContain("policy goal F");
    expect(notInFrame[1]?.message).toContain("policy goal I");
    expect(notInFrame[1]?.message).toContain("without `en mantelzorg`");
    // Jongerenwerk's table is not shared, so the unused effect may be its: a note, not a discrepancy.
    const unused = r.discrepancies.filter((d) => d.kind === "effect-without-table");
    expect(unused.map((d) => `${d.severity} ${d.line} ${d.found}`)).toEqual(["note 41 none"]);
    expect(unused[0]?.message).toContain("inwonerparticipatie en verbondenheid");
    expect(unused[0]?.message).toContain("`Jongerenwerk`");
    // `samenredzaambheid` (row 5) is the same effect, one letter off: one effect, noted.
    expect(found(r, "effect-name")).toEqual(["note vrijwilligers-en-actieve-burgers.tsv:5"]);
  });
});

describe("sedna-2022 samenvatting-impact.tsv (summaries[].impact), with the README's checked facts", () => {
  it("reads one bullet list per opgave, 39 impacts, each an intended effect linked to its opgave; no discrepancy", async () => {
    const r = await read("sedna-2022/services.manifest.json");
    expect(r.discrepancies.filter((d) => d.severity === "discrepancy")).toEqual([]);
    expect(r.totals.results.impact["samenvatting-impact.tsv"]).toEqual({
      "Info & Advies (alle opgaves)": 1,
      "Het doorbreken van armoede": 8,
      "Perspectief voor jeugdigen": 8,
      "Het faciliteren en doorontwikkelen van informele zorg": 9,
      "Ondersteuning en preventie van huiselijk geweld middels een integrale werkwijze": 7,
      "Het versterken van de zelfredzaamheid van inwoners": 6,
    });
    const impacts = r.results.framework?.effects.filter((e) => e.id.startsWith("impact-")) ?? [];
    expect(impacts).toHaveLength(39);
    // Spelling as printed (`financién`), never corrected.
    expect(impacts.find((e) => e.id === "impact-het-doorbreken-van-armoede-3")).toEqual({
      id: "impact-het-doorbreken-van-armoede-3",
      title: "Zelfredzaamheid bij financién neemt toe",
      links: { resultAreas: ["Het doorbreken van armoede"] },
    });
    // Info & Advies belongs to all opgaves: its impact links to the five.
    expect(impacts[0]?.links?.resultAreas).toHaveLength(5);
    expect(found(r, "impact-opgave")).toEqual([]);
  });

  it("records the summary's services for the opgave without a services table (informele zorg) and Info & Advies for all opgaves, as contacts", async () => {
    const r = await read("sedna-2022/services.manifest.json");
    const services = r.results.framework?.services ?? [];
    const fromSummary = services.filter((s) => s.id.startsWith("samenvatting/"));
    expect(fromSummary.map((s) => s.opgave ?? "*")).toEqual([
      "*",
      ...Array(11).fill("Het faciliteren en doorontwikkelen van informele zorg"),
    ]);
    expect(fromSummary[0]).toMatchObject({
      service: "Info & Advies (alle opgaves)",
      planned: 5400,
      forAllOpgaves: true,
      counting: "contacts",
    });
    const zorg = fromSummary
      .slice(1)
      .reduce((n, s) => n + (typeof s.planned === "number" ? s.planned : 0), 0);
    expect(zorg).toBe(3590);
  });
});
