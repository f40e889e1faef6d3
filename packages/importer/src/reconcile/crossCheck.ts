import { equals, formatQuantity, isZero, normaliseDistrict, toDecimalString } from "@grant-ledger/core";
import type { Annex } from "../annex/parseAnnex";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { ResultAreaTable } from "../resultArea/resultAreaTable";
import { workTypeRows } from "../resultArea/workTypeRows";
import { isValue, readingValues, showReading } from "../table/reading";

/** The table's reading under the names `annex-mismatch` gives it (`table`, `tableKind`, `tableText`). */
const renamed = (r: ReturnType<typeof readingValues>) => ({
  ...(r.found === undefined ? {} : { table: r.found }),
  ...(r.foundKind === undefined ? {} : { tableKind: r.foundKind }),
  ...(r.foundText === undefined ? {} : { tableText: r.foundText }),
});

/**
 * Every result-area table should have the same district columns: a district present in one table
 * and absent in another is most often a column lost in copying.
 */
export const checkDistrictColumns = (everyTable: readonly ResultAreaTable[]): Discrepancy[] => {
  // A table of one column (municipality-wide, as a table of products often is) states its
  // result area at another level; a column it lacks is not one lost in copying.
  const tables = everyTable.filter((t) => t.districts.length !== 1);
  const all = [...new Set(tables.flatMap((t) => t.districts))];
  return tables.flatMap((t) => {
    const has = new Set(t.districts);
    return all
      .filter((d) => !has.has(d))
      .map(
        (d): Discrepancy => ({
          kind: "missing-column",
          file: t.file,
          line: t.headerLine,
          resultArea: t.resultArea,
          district: d,
          expected: `a column ${d}, as in ${tables.find((o) => o.districts.includes(d))?.file}`,
          found: `columns ${t.districts.join(", ")}`,
          ...coded("matrix-no-district-column", { resultArea: t.resultArea, district: d }),
        }),
      );
  });
};

/**
 * The same contract stated twice: per result area (tables) and per district (annexes). Compares
 * them cell by cell, both ways: every annex row against its table cell, every filled table cell
 * of the district against an annex row.
 */
export const crossCheckAnnex = (annex: Annex, tables: readonly ResultAreaTable[]): Discrepancy[] => {
  const out: Discrepancy[] = [];
  const district = normaliseDistrict(annex.district);
  const byArea = new Map(tables.map((t) => [t.resultArea, t]));
  // One lookup per annex row: a search through the table's rows would make large tables quadratic.
  // Products are compared at the level both documents share: their work type's cells.
  const rowsOf = new Map(
    tables.map((t) => [t.resultArea, new Map(workTypeRows(t).map((r) => [r.workType, r]))]),
  );
  const columnless = new Set<string>();

  for (const t of tables) {
    if (t.districts.includes(district) || t.districts.length === 0) continue;
    columnless.add(t.resultArea);
    if (annex.rows.some((r) => r.resultArea === t.resultArea)) {
      out.push({
        kind: "missing-column",
        file: t.file,
        line: t.headerLine,
        resultArea: t.resultArea,
        district,
        expected: `a column ${district}, which ${annex.file} reports on`,
        found: `columns ${t.districts.join(", ")}`,
        ...coded("matrix-no-annex-column", { resultArea: t.resultArea, district }),
      });
    }
  }

  for (const row of annex.rows) {
    const t = byArea.get(row.resultArea);
    if (t === undefined || columnless.has(row.resultArea)) continue;
    const tableRow = rowsOf.get(row.resultArea)?.get(row.workType);
    const reading = tableRow?.cells.get(district);
    if (reading?._tag === "Unreadable") continue;
    const same = isValue(reading)
      ? reading.quantity.kind === row.units.kind && equals(reading.quantity.amount, row.units.amount)
      : isZero(row.units.amount);
    if (same) continue;
    const tableSays =
      tableRow === undefined
        ? `no row ${row.workType}`
        : reading === undefined
          ? "nothing"
          : showReading(reading);
    out.push({
      kind: "annex-mismatch",
      file: annex.file,
      line: row.line,
      resultArea: row.resultArea,
      workType: row.workType,
      district,
      expected: tableSays,
      found: formatQuantity(row.units),
      ...coded("annex-mismatch", {
        resultArea: row.resultArea,
        workType: row.workType,
        district,
        amount: toDecimalString(row.units.amount),
        kind: row.units.kind,
        ...(row.printedOn === undefined ? {} : { printedOn: String(row.printedOn) }),
        tableFile: t.file,
        ...(tableRow === undefined ? {} : { tableLine: String(tableRow.line) }),
        ...(tableRow === undefined
          ? { tableHas: "no-row" as const }
          : reading === undefined
            ? { tableHas: "no-cell" as const }
            : renamed(readingValues(reading))),
      }),
      ...(tableRow === undefined ? {} : { related: { file: t.file, line: tableRow.line } }),
    });
  }

  const annexed = new Set(annex.rows.map((r) => `${r.resultArea}/${r.workType}`));
  const anchor = annex.total?.line ?? annex.rows[annex.rows.length - 1]?.line ?? 1;
  for (const t of tables) {
    if (columnless.has(t.resultArea)) continue;
    for (const r of workTypeRows(t)) {
      const reading = r.cells.get(district);
      if (
        !isValue(reading) ||
        isZero(reading.quantity.amount) ||
        annexed.has(`${t.resultArea}/${r.workType}`)
      )
        continue;
      out.push({
        kind: "annex-missing-row",
        file: annex.file,
        line: anchor,
        resultArea: t.resultArea,
        workType: r.workType,
        district,
        expected: formatQuantity(reading.quantity),
        found: "no row",
        ...coded("annex-missing-row", {
          resultArea: t.resultArea,
          workType: r.workType,
          district,
          amount: toDecimalString(reading.quantity.amount),
          kind: reading.quantity.kind,
          tableFile: t.file,
          tableLine: String(r.line),
        }),
        related: { file: t.file, line: r.line },
      });
    }
  }
  return out;
};
