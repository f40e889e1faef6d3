import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { REPORT_FORMAT, type ReportDocument } from "../document/document";
import { labelsFor } from "../labels/labels";
import { type Table, number, percent, text } from "../table/table";
import { renderCsv } from "./csv";

const document: ReportDocument = {
  format: REPORT_FORMAT,
  kind: "state",
  agreement: null,
  producedAt: "2007-07-15T10:00:00.000Z",
  asOf: { requested: "last", basis: "last", revision: "3", eventsIncluded: "4", eventsLeftOut: "0" },
  checkpoint: { streamId: "agreement-a", revision: "3", globalPosition: "7", hash: "ab".repeat(32) },
  parameters: {},
  body: null,
  matrix: [],
};
const table: Table = {
  id: "t",
  title: "t",
  columns: [text("Reden"), number("Uren"), percent("Aandeel")],
  rows: [
    ['=HYPERLINK("http://x")', "-40", "10.25"],
    ["+1", "1514.5", null],
    ["@SUM(A1)", "0", "-3"],
    ["plain; with a semicolon", "36146", "100"],
  ],
};

describe("renderCsv", () => {
  it("Dutch dialect: BOM, ';', CRLF, decimal comma, no grouping; formulas escaped in text only", () => {
    const csv = renderCsv(document, [table], labelsFor("nl"), "dutch");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    const records = parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
    const rows = records.slice(records.findIndex((r) => r[0] === "Reden") + 1);
    expect(rows).toEqual([
      ['\'=HYPERLINK("http://x")', "-40", "10,25"],
      ["'+1", "1514,5", ""],
      ["'@SUM(A1)", "0", "-3"],
      ["plain; with a semicolon", "36146", "100"],
    ]);
    expect(records.find((r) => r[0] === "Globale positie")).toEqual(["Globale positie", "7"]);
  });

  it("international dialect: ',' and '.', no BOM; English stamp labels", () => {
    const csv = renderCsv(document, [table], labelsFor("en"), "international");
    expect(csv.startsWith("\uFEFF")).toBe(false);
    const records = parse(csv, { delimiter: ",", relax_column_count: true }) as string[][];
    expect(records).toContainEqual(["'+1", "1514.5", ""]);
    expect(records).toContainEqual(["Global position", "7"]);
  });

  it("a text cell with a line break is quoted, so it stays one field (RFC 4180); records end in CRLF", () => {
    const broken: Table = {
      ...table,
      rows: [
        ["first line\nsecond line", "1", "2"],
        ["carriage\rreturn", "5", "6"],
        ["plain", "3", "4"],
      ],
    };
    const csv = renderCsv(document, [broken], labelsFor("nl"), "dutch");
    expect(csv).toContain('"first line\nsecond line";1;2\r\n"carriage\rreturn";5;6\r\nplain;3;4\r\n');
    const records = parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
    const rows = records.slice(records.findIndex((r) => r[0] === "Reden") + 1);
    expect(rows).toEqual([
      ["first line\nsecond line", "1", "2"],
      ["carriage\rreturn", "5", "6"],
      ["plain", "3", "4"],
    ]);
  });
});
