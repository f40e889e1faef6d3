import { HOURS, toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { tableFromText } from "../table/readTable";
import { matchResultArea } from "./matchResultArea";
import { parseAnnex } from "./parseAnnex";

const AREAS = [
  { code: "2", name: "Jeugd", table: "a" },
  { code: "3", name: "Informatie en advies", table: "b" },
  { code: "6", name: "Activering en participatie", table: "c" },
];

const read = (lines: string[]) => {
  const t = tableFromText("annex.tsv", lines.join("\n"), "utf-8");
  if (t._tag !== "Table") throw new Error("no table");
  return parseAnnex(t.table, "Velden", AREAS, HOURS);
};

describe("matchResultArea", () => {
  it("matches by leading code, whatever the name says", () => {
    expect(matchResultArea("2. Jeugd", AREAS)).toBe("2");
    expect(matchResultArea("3. Info & advies", AREAS)).toBe("3");
    expect(matchResultArea("6. Activering/participatie", AREAS)).toBe("6");
    expect(matchResultArea("6 Activering", AREAS)).toBe("6");
  });

  it("otherwise by name, case-insensitively; otherwise nothing", () => {
    expect(matchResultArea("informatie EN advies", AREAS)).toBe("3");
    expect(matchResultArea("9. Sport", AREAS)).toBeUndefined();
    expect(matchResultArea("Jeugdwerk", AREAS)).toBeUndefined();
    expect(matchResultArea("20. Jeugd", AREAS)).toBeUndefined();
  });
});

describe("parseAnnex", () => {
  it("continues a blank result area from the row above; the last row (unlabelled or Totaal) is the total", () => {
    for (const totalLabel of ["", "Totaal"]) {
      const { annex, discrepancies } = read([
        "Inzet\tWerksoort\tEenheden",
        "2. Jeugd\tOBW\t380",
        "\tSCW 1\t700",
        "Informatie en advies\tJW\t1.100",
        `${totalLabel}\t\t2.180`,
      ]);
      expect(discrepancies).toEqual([]);
      expect(annex.rows.map((r) => [r.line, r.resultArea, r.workType])).toEqual([
        [2, "2", "OBW"],
        [3, "2", "SCW1"],
        [4, "3", "JW"],
      ]);
      expect(annex.total?.line).toBe(5);
    }
  });

  it("reports a first row with no result area, a duplicate row and a missing total", () => {
    const { discrepancies } = read(["\tOBW\t1", "2. Jeugd\tOBW\t2", "\tOBW\t3"]);
    expect(discrepancies.map((d) => [d.kind, d.line])).toEqual([
      ["unknown-result-area", 1],
      ["duplicate-row", 3],
      ["missing-total-row", 3],
    ]);
  });

  it("reports rows that do not have the shape (result area, work type, units)", () => {
    const { discrepancies } = read(["2. Jeugd\tOBW\t380", "\t700\t", "\tSCW\t", "\t\t1.080"]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.found])).toEqual([
      ["misaligned-row", 2, "700"],
      ["misaligned-row", 3, "an empty cell"],
    ]);
  });

  it("reports an unreadable total", () => {
    const { discrepancies } = read(["2. Jeugd\tOBW\t380", "Totaal\t\tveel"]);
    expect(discrepancies).toEqual([
      expect.objectContaining({ kind: "not-a-number", line: 2, found: "veel" }),
    ]);
  });

  it("shifts back each group whose units slipped one row up, and reports each group once", () => {
    const { annex, discrepancies } = read([
      "2. Jeugd\t\t380",
      "\tOBW\t700",
      "\tSCW\t",
      "3. Info & advies\t\t100",
      "\tJW\t",
      "\t\t1.180",
    ]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.resultArea])).toEqual([
      ["slipped-units", 1, "2"],
      ["slipped-units", 4, "3"],
    ]);
    expect(
      annex.rows.map((r) => [r.line, r.resultArea, r.workType, toDecimalString(r.units.amount), r.printedOn]),
    ).toEqual([
      [2, "2", "OBW", "380", 1],
      [3, "2", "SCW", "700", 2],
      [5, "3", "JW", "100", 4],
    ]);
  });

  it("does not call it a slip when a row in the middle has no units", () => {
    const { discrepancies } = read(["2. Jeugd\t\t380", "\tOBW\t", "\tSCW\t700", "\t\t1.080"]);
    expect(discrepancies.map((d) => d.kind)).not.toContain("slipped-units");
  });
});
