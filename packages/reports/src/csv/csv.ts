import { stringify } from "csv-stringify/sync";
import type { ReportDocument } from "../document/document";
import { type CsvDialect, sheetNumber } from "../format/numbers";
import type { Labels } from "../labels/labels";
import { stampLines } from "../table/stamp";
import type { Table } from "../table/table";

/**
 * RFC 4180 quotes a field holding a line break; csv-stringify quotes only the record delimiter
 * itself once one is given, so a bare `\n` or `\r` inside a CRLF file would split the record.
 */
const LINE_BREAK = /[\r\n]/;

const DELIMITER: Readonly<Record<CsvDialect, string>> = { dutch: ";", international: "," };

/**
 * A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
 * gets a leading apostrophe (OWASP's advice). Only text cells, and not a bare whole number
 * (the stamp's `-1`): csv-stringify's `escape_formulas` would also turn the number -40 into
 * the text '-40.
 */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);
const safeText = (value: string): string =>
  FORMULA_START.has(value.charAt(0)) && !/^-\d+$/.test(value) ? `'${value}` : value;

const cellText = (value: string | null, type: Table["columns"][number]["type"], dialect: CsvDialect) =>
  value === null ? "" : type === "text" ? safeText(value) : sheetNumber(value, dialect);

/**
 * RFC 4180 through csv-stringify: the stamp as label;value records, an empty record, then each
 * table with its header, tables separated by an empty record. The Dutch dialect is what Dutch
 * Excel opens as-is: `;`, decimal comma, UTF-8 with BOM, CRLF.
 */
export const renderCsv = (
  document: ReportDocument,
  tables: readonly Table[],
  labels: Labels,
  dialect: CsvDialect,
): string => {
  const records: string[][] = stampLines(document, labels).map(([label, value]) => [
    safeText(label),
    safeText(value),
  ]);
  for (const table of tables) {
    records.push([]);
    records.push(table.columns.map((c) => safeText(c.label)));
    const types = table.columns.map((c) => c.type);
    for (const row of table.rows) records.push(row.map((v, i) => cellText(v, types[i]!, dialect)));
  }
  // csv-stringify tests every field against a two-character record delimiter on a copy of the
  // field with the delimiter appended (about a quarter of its time on a whole register). With
  // `\n` as the delimiter it quotes the same fields as with CRLF as long as no field holds a
  // line break (only then can one hold CRLF), and then every `\n` it writes ends a record.
  const lineBreakInField = records.some((r) => r.some((v) => LINE_BREAK.test(v)));
  const options = { delimiter: DELIMITER[dialect], bom: dialect === "dutch" };
  return lineBreakInField
    ? stringify(records, { ...options, record_delimiter: "windows", quoted_match: LINE_BREAK })
    : stringify(records, { ...options, record_delimiter: "unix" }).replaceAll("\n", "\r\n");
};
