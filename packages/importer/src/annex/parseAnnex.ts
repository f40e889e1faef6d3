import {
  type Decimal,
  type Quantity,
  type UnitKind,
  ZERO,
  add,
  equals,
  formatQuantity,
  normaliseWorkType,
  toDecimalString,
} from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { ManifestResultArea } from "../manifest/manifest";
import type { Table, TableRow } from "../table/readTable";
import { type Reading, isValue, readQuantity, readingValues, showReading } from "../table/reading";
import { isLabelOnly, isSeparatorRow, namesSeveralWorkTypes } from "../table/rowShape";
import { matchResultArea } from "./matchResultArea";
import { findSlips } from "./slip";

/** One row of a district annex: units for (result area, work type) in the annex's district. */
export interface AnnexRow {
  readonly line: number;
  readonly resultArea: string;
  readonly workType: string;
  readonly units: Quantity;
  /** Set when the units were printed on another line and shifted back (see `slip.ts`). */
  readonly printedOn?: number | undefined;
}

export interface Annex {
  readonly file: string;
  readonly district: string;
  readonly rows: readonly AnnexRow[];
  readonly total?: { readonly line: number; readonly reading: Reading } | undefined;
  /** Sum of every readable row, per unit kind, including rows of unknown result areas. */
  readonly sums: ReadonlyMap<UnitKind, Decimal>;
}

const COLUMNS = 3;
const isTotalLabel = (s: string): boolean => /^(totaal|total)$/i.test(s.trim());
const looksNumeric = (s: string): boolean => /^-?[\d.,\s]+$/.test(s) && /\d/.test(s);

/**
 * Reads a district annex: rows of (result area, work type, units); a blank result area continues
 * the one above; the last row (blank or `Totaal`) is the district total, which is checked here.
 */
export const parseAnnex = (
  source: Table,
  district: string,
  areas: readonly ManifestResultArea[],
  unit: UnitKind,
): { readonly annex: Annex; readonly discrepancies: readonly Discrepancy[] } => {
  const { file } = source;
  const problems: Discrepancy[] = [];
  // A caption above the header is a first row with only its first cell filled that names no
  // result area (a result area alone on its line starts a group, see below).
  const captioned =
    source.rows.length > 1 &&
    isLabelOnly(source.rows[0]!) &&
    matchResultArea(source.rows[0]!.cells[0] ?? "", areas) === undefined;
  const rowsAfterCaption = captioned ? source.rows.slice(1) : source.rows;
  const first = rowsAfterCaption[0];
  const hasHeader =
    first !== undefined && !isLabelOnly(first) && !isValue(readQuantity(first.cells[2] ?? "", unit));
  const body = hasHeader ? rowsAfterCaption.slice(1) : rowsAfterCaption;
  const rows: AnnexRow[] = [];
  const sums = new Map<UnitKind, Decimal>();
  const seen = new Map<string, number>();
  let current: string | undefined;
  let currentLabel = "";
  let total: Annex["total"];
  let unread = false;
  const slip = findSlips(file, district, body, areas, unit);
  problems.push(...slip.findings);

  const misaligned = (
    row: TableRow,
    expected: string,
    found: string,
    why: Pick<Discrepancy, "code" | "values" | "message">,
  ): void => {
    unread = true;
    problems.push({
      kind: "misaligned-row",
      file,
      line: row.line,
      district,
      expected,
      found,
      ...why,
    });
  };

  /** The rows below a result-area label belong to it; a label naming none is reported. */
  const enterResultArea = (
    line: number,
    label: string,
    unmatched: "annex-heading-unknown-area" | "annex-label-unknown-area",
  ): void => {
    current = matchResultArea(label, areas);
    currentLabel = label;
    if (current !== undefined) return;
    problems.push({
      kind: "unknown-result-area",
      file,
      line,
      district,
      expected: `one of ${areas.map((a) => `${a.code}. ${a.name}`).join(", ")}`,
      found: label,
      ...coded(unmatched, { label }),
    });
  };

  body.forEach((row, index) => {
    const [label = "", rawWorkType = "", printedUnits = ""] = row.cells;
    const shifted = slip.units.get(index);
    const rawUnits = shifted?.raw ?? printedUnits;
    if (slip.headings.has(index)) {
      enterResultArea(row.line, label, "annex-label-unknown-area");
      return;
    }
    const extra = row.cells.slice(COLUMNS).filter((c) => c !== "");
    if (
      index === body.length - 1 &&
      rawWorkType === "" &&
      (label === "" || isTotalLabel(label)) &&
      extra.length === 0
    ) {
      total = { line: row.line, reading: readQuantity(rawUnits, unit) };
      return;
    }
    if (isSeparatorRow(row)) {
      problems.push({
        kind: "misaligned-row",
        file,
        line: row.line,
        district,
        expected: "result area, work type, units",
        found: row.cells.filter((c) => c !== "").join(" | "),
        ...coded("annex-separator-row", { district }),
      });
      return;
    }
    if (isLabelOnly(row) && !isTotalLabel(label)) {
      // A result area alone on its line heads the rows below it.
      enterResultArea(row.line, label, "annex-heading-unknown-area");
      return;
    }
    if (extra.length > 0) {
      misaligned(
        row,
        `${COLUMNS} columns: result area, work type, units`,
        `${row.cells.length} columns: ${row.cells.map((c) => JSON.stringify(c)).join(", ")}`,
        coded("annex-extra-values", {}),
      );
      return;
    }
    if (rawWorkType === "" || looksNumeric(rawWorkType)) {
      // A result-area label still heads the rows below it, whatever else the row lacks.
      if (label !== "" && matchResultArea(label, areas) !== undefined)
        enterResultArea(row.line, label, "annex-label-unknown-area");
      misaligned(
        row,
        "a work type in column 2",
        rawWorkType === "" ? "an empty cell" : rawWorkType,
        coded("annex-row-without-work-type", {}),
      );
      return;
    }
    if (rawUnits === "") {
      misaligned(
        row,
        "units in column 3",
        "an empty cell",
        coded("annex-row-without-units", { workType: rawWorkType }),
      );
      return;
    }
    if (label !== "") {
      enterResultArea(row.line, label, "annex-label-unknown-area");
    } else if (current === undefined && currentLabel === "") {
      problems.push({
        kind: "unknown-result-area",
        file,
        line: row.line,
        district,
        expected: "a result area in column 1",
        found: "an empty cell with no result area above it",
        ...coded("annex-first-row-no-area", {}),
      });
      currentLabel = "(none)";
    }
    const workType = normaliseWorkType(rawWorkType);
    const units = readQuantity(rawUnits, unit);
    const several = namesSeveralWorkTypes(rawWorkType);
    if (several) {
      problems.push({
        kind: "ambiguous-work-type",
        file,
        line: row.line,
        district,
        ...(current === undefined ? {} : { resultArea: current }),
        workType,
        expected: "one work type code, such as OBW",
        found: rawWorkType,
        ...coded("annex-several-work-types", { workType: rawWorkType }),
      });
    }
    if (!isValue(units)) {
      unread = true;
      problems.push({
        kind: "not-a-number",
        file,
        line: row.line,
        district,
        ...(current === undefined ? {} : { resultArea: current }),
        workType,
        expected: "a number such as 1.372",
        found: rawUnits,
        ...(units._tag === "Unreadable"
          ? coded("annex-not-a-number", { raw: units.raw, reason: units.message })
          : coded("annex-no-units", { workType })),
      });
      return;
    }
    sums.set(units.quantity.kind, add(sums.get(units.quantity.kind) ?? ZERO, units.quantity.amount));
    if (current === undefined || several) return;
    const key = `${current}/${workType}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push({
        kind: "duplicate-row",
        file,
        line: row.line,
        district,
        resultArea: current,
        workType,
        expected: `one row for ${key}`,
        found: `a second row (the first is on line ${previous})`,
        ...coded("annex-duplicate-row", { row: key, district }),
      });
      return;
    }
    seen.set(key, row.line);
    rows.push({
      line: row.line,
      resultArea: current,
      workType,
      units: units.quantity,
      ...(shifted === undefined ? {} : { printedOn: shifted.printedOn }),
    });
  });

  if (total === undefined) {
    const last = body[body.length - 1] ?? first;
    problems.push({
      kind: "missing-total-row",
      file,
      line: last?.line ?? 1,
      district,
      expected: "a last row with the district total (blank or Totaal, no work type)",
      found: last === undefined ? "no rows" : last.cells.join(" | "),
      ...coded("annex-no-total-row", { district }),
    });
  } else if (total.reading._tag === "Unreadable") {
    problems.push({
      kind: "not-a-number",
      file,
      line: total.line,
      district,
      expected: "a number such as 5.432",
      found: total.reading.raw,
      ...coded("annex-total-not-a-number", {
        district,
        raw: total.reading.raw,
        reason: total.reading.message,
      }),
    });
  } else if (!unread) {
    const printed = total.reading;
    const kind = isValue(printed) ? printed.quantity.kind : unit;
    const sum = sums.get(kind) ?? ZERO;
    if (!(isValue(printed) && equals(printed.quantity.amount, sum))) {
      const expected = formatQuantity({ kind, amount: sum });
      problems.push({
        kind: "annex-total",
        file,
        line: total.line,
        district,
        expected,
        found: showReading(printed),
        ...coded("annex-total", {
          district,
          ...readingValues(printed),
          amount: toDecimalString(sum),
          kind,
        }),
      });
    }
  }
  return { annex: { file, district, rows, total, sums }, discrepancies: problems };
};
