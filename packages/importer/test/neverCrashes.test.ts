import { HOURS, decimal } from "@grant-ledger/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Discrepancy,
  checkBudget,
  checkResultArea,
  parseAnnex,
  parseBudget,
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
        const all = [
          ...area.discrepancies,
          ...checkResultArea(area.table, HOURS),
          ...annex.discrepancies,
          ...budget.discrepancies,
          ...checkBudget(budget.budget, decimal(1525)).discrepancies,
        ];
        expect(wellFormed(all)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
