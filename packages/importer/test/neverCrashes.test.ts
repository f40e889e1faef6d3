import { HOURS, decimal, financingOf } from "@grant-ledger/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Discrepancy,
  checkBudget,
  checkCostLines,
  checkPrintedTotals,
  checkResultArea,
  parseAnnex,
  parseBudget,
  parseContributions,
  parseCostLines,
  parseResultArea,
  tableFromText,
} from "../src";

const AREAS = [
  { code: "2", name: "Jeugd", table: "a.tsv" },
  { code: "6", name: "Activering", table: "b.tsv" },
];

/** Cells that look like what documents hold, and what breaks them. */
const cellText = fc.oneof(
  fc.constantFrom(
    "",
    "OBW",
    "SCW 1",
    "2. Jeugd",
    "Totaal",
    "Offerte",
    "Velden",
    "Subtotaal",
    "fte",
    "Uren",
    "Tarief",
    "82 groepen",
    "€ 77,55",
    "-5",
    "1.2.3",
    "66O",
    '"',
    "Wat",
    "Kosten",
    "Partij",
    "Rol",
    "Bedrag",
    "Uren",
    "n.t.b.",
    "Totale kosten",
    "Tekort",
    "A (3 uur per week * 104 weken * € 125 + €6.000 procesgeld)",
    "50 trajecten (€ 2.500 per traject)",
    "B (11 uur * € 1.250)",
    "C (* € )",
    "D (€ 5 * € 6 + x)",
  ),
  fc.integer({ min: 0, max: 20000 }).map(String),
  fc.string({ maxLength: 6 }),
);
const tableText = fc
  .array(fc.array(cellText, { maxLength: 9 }), { maxLength: 12 })
  .chain((rows) => fc.constantFrom("\t", ";", ",").map((d) => rows.map((r) => r.join(d)).join("\n")));

const wellFormed = (ds: readonly Discrepancy[]) =>
  ds.every(
    (d) =>
      d.file === "t.tsv" && Number.isInteger(d.line) && d.line >= 1 && d.expected !== "" && d.message !== "",
  );

describe("the table readers on arbitrary input", () => {
  it("never throw, and every discrepancy names file, line, expected and message", () => {
    fc.assert(
      fc.property(tableText, (text) => {
        const read = tableFromText("t.tsv", text, "utf-8");
        if (read._tag === "NoTable") {
          expect(wellFormed([read.discrepancy])).toBe(true);
          return;
        }
        const area = parseResultArea(read.table, "2", HOURS);
        const annex = parseAnnex(read.table, "Velden", AREAS, HOURS);
        const budget = parseBudget(read.table, "b");
        const costs = parseCostLines(read.table, "k");
        const all = [
          ...area.discrepancies,
          ...checkResultArea(area.table, HOURS),
          ...annex.discrepancies,
          ...budget.discrepancies,
          ...checkBudget(budget.budget, decimal(1525)).discrepancies,
          ...costs.discrepancies,
          ...checkCostLines(costs.table).discrepancies,
          ...parseContributions(read.table).discrepancies,
          ...checkPrintedTotals(read.table, financingOf(decimal(10), decimal(3), decimal(2)), true),
        ];
        expect(wellFormed(all)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cost lines and contributions shaped like the documents, with arbitrary cells", () => {
  const shaped = (header: string) =>
    fc
      .array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 12 })
      .map((rows) => [header, ...rows.map((r) => r.join("\t"))].join("\n"));

  it("never throw, and every finding names file, line, expected and message", () => {
    fc.assert(
      fc.property(
        shaped("\tWat\tKosten"),
        shaped("Partij\tRol\tBijdrage\tUren\tTarief\tBedrag"),
        (kosten, bijdragen) => {
          for (const text of [kosten, bijdragen]) {
            const read = tableFromText("t.tsv", text, "utf-8");
            if (read._tag === "NoTable") continue;
            const costs = parseCostLines(read.table, "k");
            const all = [
              ...costs.discrepancies,
              ...checkCostLines(costs.table).discrepancies,
              ...parseContributions(read.table).discrepancies,
            ];
            expect(wellFormed(all)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
