import { join, resolve } from "node:path";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Reconciliation, reconcile } from "../src";
import { periodEnd } from "../src/results/planning";
import { parsePlanning } from "../src/results/planning";
import { tableFromText } from "../src/table/readTable";

const FIXTURES = resolve(import.meta.dirname, "../../../tests/fixtures");

const read = async (manifest: string): Promise<Reconciliation> => {
  const r = await reconcile(join(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe("buurt-vitaal-2009 koek-planning.tsv (plannings), with the README's checked facts", () => {
  it("reads the phases 15 + 20 + 15 = 50 participants and 30 + 40 + 30 = 100 active residents, as the last cell states: no discrepancy", async () => {
    const r = await read("buurt-vitaal-2009/manifest.json");
    expect(r.discrepancies.filter((d) => d.severity === "discrepancy")).toEqual([]);
    expect(r.totals.results.plannings.KOEK).toEqual({
      phases: 3,
      steps: 2,
      evaluations: 2,
      participants: 50,
      activeResidents: 100,
      statedParticipants: 50,
      statedActiveResidents: 100,
    });
  });

  it("records the phases with their targets, the interim and final evaluations reported by the GGD, each due at its period's end", async () => {
    const r = await read("buurt-vitaal-2009/manifest.json");
    const milestones = r.results.framework?.milestones ?? [];
    // In the order the rows give them; within a row, its phase before its evaluation.
    expect(milestones.filter((m) => m.kind !== "phase" || m.target !== undefined)).toEqual([
      {
        id: "koek-fase-1",
        kind: "phase",
        title: "KOEK fase 1",
        deadline: "2011-06-30",
        target: { count: 15, unit: "deelnemers" },
      },
      {
        id: "koek-fase-2",
        kind: "phase",
        title: "KOEK fase 2",
        deadline: "2011-12-31",
        target: { count: 20, unit: "deelnemers" },
      },
      {
        id: "koek-tussenevaluatie",
        kind: "interim",
        title: "KOEK tussenevaluatie",
        deadline: "2011-12-31",
        reportedBy: "GGD",
      },
      {
        id: "koek-fase-3",
        kind: "phase",
        title: "KOEK fase 3",
        deadline: "2012-06-30",
        target: { count: 15, unit: "deelnemers" },
      },
      {
        id: "koek-eindevaluatie",
        kind: "final",
        title: "KOEK eindevaluatie",
        deadline: "2012-06-30",
        reportedBy: "GGD",
      },
    ]);
    // The two preparatory periods are steps without a target; the planning starts in Dec. 2010.
    expect(
      milestones.filter((m) => m.kind === "phase" && m.target === undefined).map((m) => m.deadline),
    ).toEqual(["2011-02-28", "2011-06-30"]);
  });

  it("notes how each period was dated, and that row 5 has no period label and belongs to the one above", async () => {
    const r = await read("buurt-vitaal-2009/manifest.json");
    expect(
      r.discrepancies
        .filter((d) => d.file === "koek-planning.tsv")
        .map((d) => `${d.severity} ${d.kind} ${d.line}`),
    ).toEqual([
      "note planning-date 2",
      "note planning-date 4",
      "note planning-date 5",
      "note planning-date 6",
      "note planning-date 7",
    ]);
    expect(r.discrepancies.find((d) => d.line === 5 && d.file === "koek-planning.tsv")?.message).toBe(
      "koek-planning.tsv:5: the row has no period label: read as part of `Voorjaar tot medio 2011` above",
    );
  });
});

describe("a programme planning of the same kind", () => {
  const table = (lines: string[]) => {
    const t = tableFromText("p.tsv", lines.join("\n"), "utf-8");
    if (t._tag !== "Table") throw new Error(t.discrepancy.message);
    return t.table;
  };

  it("a stated total the phases do not add up to is a discrepancy at the line that states it", () => {
    const read = parsePlanning(
      table([
        "Planning\tActie\tResultaat",
        "Voorjaar 2011: Uitvoering fase 1 met 10 deelnemers.\t\tActieve deelname door 20 wijkbewoners.",
        "Eind 2011: Uitvoering fase 2. Eindevaluatie.\tbegeleiden 15 deelnemers\tActieve deelname door 30 wijkbewoners. In totaal hebben 60 wijkbewoners actief deelgenomen. Daarbij gaat het om 25 feitelijke deelnemers.",
      ]),
      "Maatjes",
    );
    expect(
      read.findings
        .filter((f) => f.severity === "discrepancy")
        .map((f) => [f.kind, f.line, f.expected, f.found]),
    ).toEqual([["listed-count", 3, "60", "50"]]);
    expect(read.milestones.map((m) => m.id)).toEqual([
      "maatjes-fase-1",
      "maatjes-fase-2",
      "maatjes-eindevaluatie",
    ]);
  });

  it.each([
    ["Dec. 2010 t/m feb. 2011", "2011-02-28"],
    ["Medio 2011 tot eind 2011", "2011-12-31"],
    ["Voorjaar tot medio 2012", "2012-06-30"],
    ["september 2012", "2012-09-30"],
    ["Voorjaar 2012", undefined],
  ])("dates the period %s at its end: %s", (label, end) => {
    expect(periodEnd(label)).toBe(end);
  });
});
