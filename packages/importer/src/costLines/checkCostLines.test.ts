import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { tableFromText } from "../table/readTable";
import { checkCostLines } from "./checkCostLines";
import { parseCostLines } from "./parseCostLines";

const KOSTEN = resolve(import.meta.dirname, "../../../../tests/fixtures/buurt-vitaal-2009/kosten.tsv");

const check = (text: string) => {
  const t = tableFromText("kosten.tsv", text, "utf-8");
  if (t._tag !== "Table") throw new Error("no table");
  const parsed = parseCostLines(t.table, "Buurt Vitaal");
  const checked = checkCostLines(parsed.table);
  return { parsed, checked, findings: [...parsed.discrepancies, ...checked.discrepancies] };
};

describe("cost lines in sections (Buurt Vitaal kosten.tsv)", () => {
  const text = readFileSync(KOSTEN, "utf8");

  it("reads the four sections to the euro, and every calculation gives its amount", () => {
    const { checked, findings } = check(text);
    expect(checked.groups.map((g) => [g.title, toDecimalString(g.amount)])).toEqual([
      ["Opstellen en monitoren programma Buurt Vitaal", "80360"],
      ["Empowerment van bewoners", "255250"],
      ["Wegnemen van belemmeringen op het gebied van financien", "1731680"],
      ["Wegnemen van belemmeringen op het gebied van gezondheid", "219000"],
    ]);
    expect(findings.filter((f) => f.severity !== "note")).toEqual([]);
  });

  it("notes the odd but consistent lines: € 1.250 an hour, 52 weeks where the others use 104", () => {
    const { findings } = check(text);
    expect(findings.map((f) => [f.line, f.severity, f.found])).toEqual([
      [8, "note", "€ 1.250 per uur"],
      [16, "note", "52 weken"],
    ]);
  });

  it("keeps the factors, units and lump-sum part of a line", () => {
    const { checked } = check(text);
    const [process] = checked.groups[0]?.lines ?? [];
    expect(process?.costing).toEqual(
      expect.objectContaining({
        kind: "quantity",
        factors: [
          expect.objectContaining({ unit: "uur per week" }),
          expect.objectContaining({ unit: "weken" }),
        ],
        lumpSum: expect.objectContaining({ label: "procesgeld" }),
      }),
    );
  });

  it("reports a calculation that does not give its printed amount with file, line, expected and found", () => {
    const { findings } = check(text.replace("€ 35.360", "€ 35.630"));
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: "cost-calculation",
        file: "kosten.tsv",
        line: 4,
        expected: "35.360",
        found: "€ 35.630",
      }),
    );
    expect(findings.find((f) => f.line === 4)?.severity).toBeUndefined();
  });

  it("checks a printed section total, and reads sections without a title row or header repeats", () => {
    const { checked, findings } = check(
      ["\tWat\tKosten", "\tA (2 uur * € 50)\t€ 100", "\tWat\tKosten", "\tB\t€ 50", "\tSubtotaal\t€ 160"].join(
        "\n",
      ),
    );
    expect(checked.groups.map((g) => toDecimalString(g.amount))).toEqual(["150"]);
    expect(findings).toEqual([
      expect.objectContaining({ kind: "section-total", line: 5, expected: "150", found: "€ 160" }),
    ]);
  });
});
