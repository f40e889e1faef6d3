import { HOURS, toDecimalString } from "@grant-ledger/core";
import { describe, expect, it } from "vitest";
import { tableFromText } from "../table/readTable";
import { checkResultArea } from "./checkResultArea";
import { contractEntries, offerEntries } from "./entries";
import { parseResultArea } from "./parseResultArea";

const HEADER = "\tBlokken\tMonden\tTotaal\tOfferte";

const read = (lines: string[]) => {
  const t = tableFromText("ra.tsv", lines.join("\n"), "utf-8");
  if (t._tag !== "Table") throw new Error("no table");
  const parsed = parseResultArea(t.table, "2", HOURS);
  return { ...parsed, checks: checkResultArea(parsed.table, HOURS) };
};

const keys = (es: ReturnType<typeof contractEntries>) =>
  es.map(
    (e) =>
      `${e.position.resultArea}/${e.position.workType}/${e.position.district ?? "*"}=${toDecimalString(e.quantity.amount)} ${e.quantity.kind}`,
  );

describe("parseResultArea", () => {
  it("normalises name variants: `SCW 1` is SCW1, `i & a` is I&A", () => {
    const { table, discrepancies, checks } = read([
      HEADER,
      "SCW 1\t10\t\t10\t9",
      "i & a\t\t5\t5\t5",
      "\t10\t5\t15\t14",
    ]);
    expect([...discrepancies, ...checks]).toEqual([]);
    expect(keys(contractEntries(table))).toEqual(["2/SCW1/Blokken=10 hours", "2/I&A/Monden=5 hours"]);
  });

  it("a row printed only as a total of another unit kind is a row of that kind, outside the hour totals", () => {
    const { table, discrepancies, checks } = read([
      HEADER,
      "OBW\t10\t\t10\t8",
      "psz\t\t\t82 groepen\t",
      "\t10\t\t10\t8",
    ]);
    expect([...discrepancies, ...checks]).toEqual([]);
    expect(keys(contractEntries(table))).toEqual(["2/OBW/Blokken=10 hours", "2/PSZ/*=82 groups"]);
    expect(keys(offerEntries(table))).toEqual(["2/OBW/*=8 hours"]);
  });

  it("bare numbers in a row that names its kind count that kind", () => {
    const { table, checks } = read([HEADER, "psz\t40\t42\t82 groepen\t", "\t\t\t0\t0"]);
    expect(checks).toEqual([]);
    expect(keys(contractEntries(table))).toEqual(["2/PSZ/Blokken=40 groups", "2/PSZ/Monden=42 groups"]);
  });

  it("reports a row that mixes unit kinds", () => {
    const { discrepancies } = read([HEADER, "psz\t40 uur\t42\t82 groepen\t", "\t\t\t0\t0"]);
    expect(discrepancies).toEqual([
      expect.objectContaining({ kind: "unit-mismatch", line: 2, found: "hours and groups" }),
    ]);
  });

  it("reports a row with more or fewer cells than the header, and reads it by position", () => {
    const { discrepancies, checks } = read([
      HEADER,
      "OBW\t10\t\t10\t8\t99",
      "SCW\t1\t1\t2",
      "\t11\t1\t12\t8",
    ]);
    expect(discrepancies.map((d) => [d.kind, d.line, d.found])).toEqual([
      ["misaligned-row", 2, "6 columns (extra: 99)"],
      ["misaligned-row", 3, "4 columns"],
    ]);
    // Read by position, the short row still adds up: its missing Offerte cell means no offer.
    expect(checks).toEqual([]);
  });

  it("reports a missing totals row, a duplicated work type and an unlabelled row in the middle", () => {
    const { discrepancies } = read([HEADER, "OBW\t10\t\t10\t8", "\t1\t1\t2\t2", "OBW\t1\t\t1\t1"]);
    expect(discrepancies.map((d) => [d.kind, d.line])).toEqual([
      ["misaligned-row", 3],
      ["duplicate-row", 4],
      ["missing-total-row", 4],
    ]);
  });

  it("checks the offer total and the grand total", () => {
    const { checks } = read([HEADER, "OBW\t10\t\t10\t8", "SCW\t\t5\t5\t5", "\t10\t5\t16\t12"]);
    expect(checks.map((d) => [d.kind, d.expected, d.found])).toEqual([
      ["grand-total", "15 hours", "16 hours"],
      ["offer-total", "13 hours", "12 hours"],
    ]);
  });

  it("a row with an empty Totaal but filled districts is a row-total problem", () => {
    const { checks } = read([HEADER, "OBW\t10\t\t\t8", "\t10\t\t0\t8"]);
    expect(checks.map((d) => [d.kind, d.line, d.expected, d.found])).toEqual([
      ["row-total", 2, "10 hours", "an empty cell"],
    ]);
  });
});
