import { matrixOf, toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { type Table, tableFromText } from "../table/readTable";
import { parseEffectForms } from "./effectForms";
import { parseExpectedResults } from "./expectedResults";
import { parseGoalTable } from "./goalTables";
import { parseImpact } from "./impact";
import { parsePolicyFrame } from "./policyFrame";
import { parseServices } from "./services";
import { parseSummary } from "./summary";

// Unseen documents of the same kinds: headings worded, ordered and left out differently, other
// numbers of rows. Each reads, or fails with a discrepancy naming file, line and rule.

const table = (file: string, lines: string[]): Table => {
  const read = tableFromText(file, lines.join("\n"), "utf-8");
  if (read._tag !== "Table") throw new Error(read.discrepancy.message);
  return read.table;
};
const missing = (findings: readonly Discrepancy[]) =>
  findings.filter((f) => f.kind === "missing-column").map((f) => f.message);

describe("services and reach tables", () => {
  it("reads `Activiteit | Bereik` without an Uitvoering column, and columns in another order", () => {
    const a = parseServices(
      table("a.tsv", ["Activiteit\tBereik", "Buurtwerk\t10", "Maatjes\t5", "Totaal\t15"]),
      "X",
      "contacts",
    );
    expect([a.services.length, toDecimalString(a.planned), a.findings]).toEqual([2, "15", []]);
    expect(a.printedTotal === undefined ? undefined : toDecimalString(a.printedTotal)).toBe("15");
    const b = parseServices(
      table(
        "b.tsv",
        ["Beoogd bereik\tDienst\tUitvoerder", "7\tBuurtwerk\tBW", "Totaal\t\t", "3\tLater\t"].map((l) => l),
      ),
      "X",
      "contacts",
    );
    expect(b.services[0]).toMatchObject({ service: "Buurtwerk", deliveredBy: "BW", planned: 7 });
  });

  it("refuses a table without a reach column, naming file, header line and rule", () => {
    const r = parseServices(table("c.tsv", ["Dienst\tUitvoering", "Buurtwerk\tBW"]), "X", "contacts");
    expect(r.services).toEqual([]);
    expect(missing(r.findings)).toEqual([
      "c.tsv:1: a services-and-reach table (Dienst | Uitvoering | Bereik, a Totaal row last): no column `Bereik` in the header (`Dienst | Uitvoering`); the table is not read",
    ]);
  });
});

describe("summary tables", () => {
  it("reads a caption above the header, `Activiteit | Beoogd bereik` without costs, three opgaves", () => {
    const r = parseSummary(
      table("s.tsv", [
        "Samenvatting 2023",
        "Activiteit\tBeoogd bereik",
        "Wonen\t",
        "A\t4",
        "Subtotaal\t4",
        "Werk\t",
        "B\t1",
        "C\t2",
        "Subtotaal\t3",
        "Zorg\t",
        "D\t6",
        "Subtotaal\t6",
        "Totaal\t13",
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(Object.keys(r.opgaves)).toEqual(["Wonen", "Werk", "Zorg"]);
    expect([r.total, r.printedTotal]).toEqual(["13", "13"]);
  });
});

describe("impact lists", () => {
  it("reads `Maatschappelijke opgave | Beoogde impact`, a blank opgave continuing the one above, bullets in one cell", () => {
    const r = parseImpact(
      table("i.tsv", [
        "Maatschappelijke opgave\tBeoogde impact",
        "Wonen\tMinder schulden",
        "\tMinder uithuiszettingen • Stabiel inkomen",
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(r.effects.map((e) => e.title)).toEqual([
      "Minder schulden",
      "Minder uithuiszettingen",
      "Stabiel inkomen",
    ]);
  });

  it("refuses a list without an impact column, naming the rule", () => {
    const r = parseImpact(table("i.tsv", ["Opgave\tKosten", "Wonen\t10"]));
    expect(missing(r.findings)).toEqual([
      "i.tsv:1: an impact list (Opgave | Impact, one row per intended impact): no column `Impact` in the header (`Opgave | Kosten`); the table is not read",
    ]);
  });
});

describe("policy frames", () => {
  it("reads `Tekst | Kader | Kop` without a Code column; a heading whose stated count differs is a discrepancy", () => {
    const r = parsePolicyFrame(
      table("k.tsv", [
        "Tekst\tKader\tKop",
        "Minder eenzaamheid\tMaatschappelijke effecten\tWe willen",
        "Meer meedoen\tMaatschappelijke effecten\tWe willen",
        "Eigen regie\tSociale visie\tUitgangspunten (3 van de 8 van toepassing)",
        "Preventie\tSociale visie\tUitgangspunten (3 van de 8 van toepassing)",
      ]),
      2024,
    );
    expect(r.effects.map((e) => e.title)).toEqual(["Minder eenzaamheid", "Meer meedoen"]);
    expect(r.findings.map((f) => `${f.kind} ${f.severity} ${f.line}`)).toEqual([
      "listed-count discrepancy 4",
    ]);
  });

  it("refuses a frame without a text column", () => {
    const r = parsePolicyFrame(table("k.tsv", ["Kader\tKop", "Planning\tStap 1"]), 2024);
    expect(missing(r.findings)).toHaveLength(1);
    expect(missing(r.findings)[0]).toMatch(/^k\.tsv:1: a policy frame .*no column `Tekst`/);
  });
});

describe("goal tables", () => {
  it("reads `Effect | Resultaat` alone, with more rows than the fixtures", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Effect ${i % 3}\tResultaat ${i}`);
    const r = parseGoalTable(table("g.tsv", ["Effect\tResultaat", ...rows]), "Jongerenwerk");
    expect([r.effects.length, r.results.length, r.subGoals.length]).toEqual([3, 12, 12]);
    expect(missing(r.findings)).toEqual([]);
  });

  it("refuses a table without an effect column", () => {
    const r = parseGoalTable(table("g.tsv", ["Ambitie\tResultaat", "Meer\tMinder"]), "Jongerenwerk");
    expect(missing(r.findings)[0]).toMatch(/^g\.tsv:1: a goal table .*no column `Maatschappelijk effect`/);
  });
});

describe("effect forms", () => {
  it("reads columns in another order and `Portefeuillehouder` for Verantwoordelijkheid; an unknown onderdeel is a note", () => {
    const r = parseEffectForms(
      table("e.tsv", [
        "Onderdeel\tEffect\tTekst",
        "Titel\t2.1\tGezond leven",
        "Portefeuillehouder\t2.1\tWethouder Zorg",
        "Begroting\t2.1\tzie bijlage",
      ]),
      table("o.tsv", ["Effect\tOpdrachtnemer\tOnderdeel\tTekst", "2.1\tTorion\tActiviteit\tSport"]),
      table("n.tsv", ["Effect\tOpdrachtnemer\tRol\tKosten en baten"]),
      { start: 2013, end: 2016 },
    );
    expect(r.effects[0]).toMatchObject({
      id: "2.1",
      title: "Gezond leven",
      portfolioHolder: "Wethouder Zorg",
    });
    expect(r.activities).toHaveLength(1);
    expect(r.findings.map((f) => `${f.kind} ${f.severity} ${f.file}:${f.line}`)).toEqual([
      "frame-label note e.tsv:4",
    ]);
  });

  it("refuses a contractor file without an Opdrachtnemer column", () => {
    const r = parseEffectForms(
      table("e.tsv", ["Effect\tOnderdeel\tTekst"]),
      table("o.tsv", ["Effect\tOpdrachtnemer\tOnderdeel\tTekst"]),
      table("n.tsv", ["Effect\tRol\tKosten en baten", "2.1\tT\tPM"]),
      { start: 2013, end: 2016 },
    );
    expect(missing(r.findings)[0]).toMatch(
      /^n\.tsv:1: the contractor blocks of an effect form .*no column `Opdrachtnemer`/,
    );
  });
});

describe("2007-style result lists", () => {
  it("reads `Activiteit | Resultaat per 31-12-2008 | Werksoort` (another order, another year) with its deadline", () => {
    const r = parseExpectedResults(
      table("r.tsv", [
        "Resultaten per activiteit",
        "Activiteit\tResultaat per 31-12-2008\tWerksoort",
        "Loket\tHet loket is open.\tOBW",
      ]),
      "Velden",
      "3",
      matrixOf([]),
    );
    expect(r.results).toEqual([
      expect.objectContaining({
        text: "Het loket is open.",
        deadline: "2008-12-31",
        placement: expect.objectContaining({ workTypes: ["OBW"] }),
      }),
    ]);
  });

  it("refuses a list without a result column", () => {
    const r = parseExpectedResults(
      table("r.tsv", ["Activiteit\tWerksoort", "Loket\tOBW"]),
      "Velden",
      "3",
      matrixOf([]),
    );
    expect(missing(r.findings)[0]).toMatch(/^r\.tsv:1: a result list .*no column `Resultaat per …`/);
  });
});
