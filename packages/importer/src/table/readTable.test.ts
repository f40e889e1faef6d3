import { HOURS } from "@grant-ledger/core";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "./encoding";
import { tableFromText } from "./readTable";
import { readQuantity } from "./reading";

const table = (text: string) => {
  const read = tableFromText("t.tsv", text, "utf-8");
  if (read._tag !== "Table") throw new Error(read.discrepancy.message);
  return read.table;
};

describe("decodeText", () => {
  it("reads Windows-1252 bytes, where € is 0x80", () => {
    const bytes = iconv.encode("Tarief in €\t77,55\nCliënten\t3\n", "win1252");
    expect(bytes[10]).toBe(0x80);
    expect(decodeText(bytes)).toEqual({
      text: "Tarief in €\t77,55\nCliënten\t3\n",
      encoding: "windows-1252",
    });
  });

  it("reads UTF-8 with and without BOM, and strips the BOM", () => {
    const utf8 = new TextEncoder().encode("Tarief in €");
    expect(decodeText(utf8)).toEqual({ text: "Tarief in €", encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bom)).toEqual({ text: "Tarief in €", encoding: "utf-8-bom" });
  });
});

describe("tableFromText", () => {
  it("keeps the file's line numbers across blank lines and CRLF", () => {
    const t = table("a\tb\r\n\r\nc\td\r\n\r\n\r\ne\tf\r\n");
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [3, ["c", "d"]],
      [6, ["e", "f"]],
    ]);
  });

  it("detects semicolons, which Dutch spreadsheets use because the comma is the decimal sign", () => {
    const t = table("Dienst;fte;Uren\nBuurtwerk;3,27;4.987\n");
    expect(t.delimiter).toBe(";");
    expect(t.rows[1]?.cells).toEqual(["Buurtwerk", "3,27", "4.987"]);
  });

  it("reads quoted comma-separated values, also over several lines", () => {
    const t = table('Dienst,fte\n"Goede Start,\nervaringsdeskundigen","0,67"\nNext,1\n');
    expect(t.delimiter).toBe(",");
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["Dienst", "fte"]],
      [2, ["Goede Start,\nervaringsdeskundigen", "0,67"]],
      [4, ["Next", "1"]],
    ]);
  });

  it("treats quotes in tab-separated tables as text", () => {
    expect(table('"Goede Start\t1\n').rows[0]?.cells).toEqual(['"Goede Start', "1"]);
  });

  it("reports an unclosed quote as an unparseable file, with the line", () => {
    const read = tableFromText("t.csv", 'a,b\n"c,d\n', "utf-8");
    expect(read).toMatchObject({ _tag: "NoTable", discrepancy: { kind: "unparseable-file", file: "t.csv" } });
  });

  it("reports a file of blanks and separators as empty", () => {
    expect(tableFromText("t.tsv", "\t\t\n  \n", "utf-8")).toMatchObject({
      _tag: "NoTable",
      discrepancy: { kind: "empty-file" },
    });
    expect(tableFromText("t.tsv", "", "utf-8")).toMatchObject({
      _tag: "NoTable",
      discrepancy: { kind: "empty-file", line: 1 },
    });
  });
});

describe("readQuantity", () => {
  it("refuses negative units rather than carrying them into the matrix", () => {
    expect(readQuantity("-12", HOURS)).toMatchObject({
      _tag: "Unreadable",
      message: expect.stringContaining("never negative"),
    });
    expect(readQuantity("82 groepen", HOURS)).toMatchObject({
      _tag: "Value",
      explicitKind: true,
      quantity: { kind: "groups" },
    });
    expect(readQuantity("1.500", HOURS)).toMatchObject({
      _tag: "Value",
      explicitKind: false,
      quantity: { kind: "hours" },
    });
  });
});
