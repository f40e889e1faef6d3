import { type UnitKind, normaliseWorkType } from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { ManifestResultArea } from "../manifest/manifest";
import type { TableRow } from "../table/readTable";
import { isValue, readQuantity } from "../table/reading";
import { matchResultArea } from "./matchResultArea";

/**
 * Where a converted annex has its units column shifted one row up against the labels: a
 * result-area heading that carries the first work type's units but names no work type, each
 * row below carrying the units of the next, and the group's last row carrying none.
 */
export interface Slip {
  /** Body index → the units that belong on that row once shifted back, and the line they were printed on. */
  readonly units: ReadonlyMap<number, { readonly raw: string; readonly printedOn: number }>;
  /** Body indices of headings whose units moved down: read as headings. */
  readonly headings: ReadonlySet<number>;
  readonly findings: readonly Discrepancy[];
}

interface Group {
  readonly heading: number;
  readonly rows: readonly number[];
}

const cellsOf = (row: TableRow) => {
  const [label = "", workType = "", units = ""] = row.cells;
  return { label, workType, units, extra: row.cells.slice(3).some((c) => c !== "") };
};

/**
 * A heading with units and no work type, followed by continuation rows (blank result area, a
 * work type), whose units are all present except on the last: exactly the picture of a
 * one-row slip. Anything less regular is left to the row-by-row checks.
 */
const slippedGroups = (
  body: readonly TableRow[],
  areas: readonly ManifestResultArea[],
  unit: UnitKind,
): Group[] => {
  const groups: Group[] = [];
  const last = body.length - 1; // the district total
  for (let i = 0; i < last; i++) {
    const head = cellsOf(body[i]!);
    if (head.label === "" || head.workType !== "" || head.extra) continue;
    if (matchResultArea(head.label, areas) === undefined) continue;
    if (!isValue(readQuantity(head.units, unit))) continue;
    const rows: number[] = [];
    for (let j = i + 1; j < last; j++) {
      const c = cellsOf(body[j]!);
      if (c.label !== "" || c.workType === "" || c.extra) break;
      rows.push(j);
    }
    const units = rows.map((j) => cellsOf(body[j]!).units);
    const clean =
      rows.length > 0 &&
      units[units.length - 1] === "" &&
      units.slice(0, -1).every((u) => isValue(readQuantity(u, unit)));
    if (clean) groups.push({ heading: i, rows });
  }
  return groups;
};

export const findSlips = (
  file: string,
  district: string,
  body: readonly TableRow[],
  areas: readonly ManifestResultArea[],
  unit: UnitKind,
): Slip => {
  const units = new Map<number, { raw: string; printedOn: number }>();
  const headings = new Set<number>();
  const findings: Discrepancy[] = [];
  for (const g of slippedGroups(body, areas, unit)) {
    headings.add(g.heading);
    const chain = [g.heading, ...g.rows];
    const shifted = g.rows.map((j, k) => {
      const from = body[chain[k]!]!;
      units.set(j, { raw: cellsOf(from).units, printedOn: from.line });
      return `${body[j]!.line} ${normaliseWorkType(cellsOf(body[j]!).workType)} ${cellsOf(from).units}`;
    });
    const head = body[g.heading]!;
    const lastRow = body[g.rows[g.rows.length - 1]!]!;
    const resultArea = matchResultArea(cellsOf(head).label, areas);
    findings.push({
      kind: "slipped-units",
      file,
      line: head.line,
      district,
      ...(resultArea === undefined ? {} : { resultArea }),
      expected: "each row's units on the row of its work type",
      found: `units one row up: line ${head.line} (${cellsOf(head).label}) carries ${cellsOf(head).units} and names no work type, line ${lastRow.line} (${normaliseWorkType(cellsOf(lastRow).workType)}) carries none`,
      ...coded("annex-slipped-units", {
        from: String(head.line),
        to: String(lastRow.line),
        rows: shifted.join("; "),
      }),
    });
  }
  return { units, headings, findings };
};
