import { type UnitKind, normaliseDistrict, normaliseWorkType, productNameKey } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table, TableRow } from "../table/readTable";
import { EMPTY, type Reading, readQuantity, rowKind, withKind } from "../table/reading";
import { isLabelOnly, isSeparatorRow, namesSeveralWorkTypes } from "../table/rowShape";
import { productRows } from "./productRows";
import type { ColumnTotals, ResultAreaRow, ResultAreaTable } from "./resultAreaTable";

type Role =
  | { readonly _tag: "District"; readonly district: string }
  | { readonly _tag: "Total" }
  | { readonly _tag: "Offer" };

const roleOf = (header: string): Role | undefined => {
  const h = header.trim().toLowerCase();
  if (h === "") return undefined;
  if (h === "totaal" || h === "total") return { _tag: "Total" };
  if (h === "offerte" || h === "offer") return { _tag: "Offer" };
  return { _tag: "District", district: normaliseDistrict(header) };
};

const isTotalLabel = (label: string): boolean => /^(totaal|total)$/i.test(label.trim());

const NUMBER_EXPECTED = "a number such as 1.500, or a quantity such as 82 groepen";

interface Parsed {
  readonly table: ResultAreaTable;
  readonly discrepancies: readonly Discrepancy[];
}

/**
 * Reads a result-area matrix: a header of districts then `Totaal` and `Offerte`, one row per
 * work type, and a last unlabelled row of column totals. Empty cells are 0. Nothing is repaired:
 * every odd shape becomes a discrepancy and the rest of the table is still read.
 */
export const parseResultArea = (
  source: Table,
  resultArea: string,
  unit: UnitKind,
  /** The manifest's `workType`: the rows are products of this work type. */
  declaredWorkType?: string,
): Parsed => {
  const { file } = source;
  const problems: Discrepancy[] = [];
  // A caption above the header (`Inzet per arrangement` alone on its line) is not the header.
  const captioned = source.rows.length > 1 && isLabelOnly(source.rows[0]!);
  const [header, ...body] = (captioned ? source.rows.slice(1) : source.rows) as [TableRow, ...TableRow[]];
  const roles = header.cells.map((h, i) => (i === 0 ? undefined : roleOf(h)));
  const districts: string[] = [];
  roles.forEach((r) => {
    if (r?._tag === "District") districts.push(r.district);
  });
  const hasTotal = roles.some((r) => r?._tag === "Total");
  const hasOffer = roles.some((r) => r?._tag === "Offer");
  const headerText = header.cells.join(" | ");
  for (const [present, name] of [
    [hasTotal, "Totaal"],
    [hasOffer, "Offerte"],
  ] as const) {
    if (!present) {
      problems.push({
        kind: "missing-column",
        file,
        line: header.line,
        resultArea,
        expected: `a ${name} column`,
        found: headerText,
        ...coded("matrix-no-column", { resultArea, column: name }),
      });
    }
  }
  header.cells.forEach((h, i) => {
    if (i > 0 && h === "") {
      problems.push({
        kind: "missing-column",
        file,
        line: header.line,
        resultArea,
        expected: `a district, Totaal or Offerte heading in column ${i + 1}`,
        found: "an empty heading",
        ...coded("matrix-unnamed-column", { resultArea, column: String(i + 1) }),
      });
    }
  });

  const dataRows = body.filter((r, i) => {
    const label = r.cells[0] ?? "";
    return (
      i < body.length - 1 && label !== "" && !isTotalLabel(label) && !isLabelOnly(r) && !isSeparatorRow(r)
    );
  });
  const products = productRows(
    file,
    resultArea,
    captioned ? source.rows[0] : undefined,
    header,
    districts.length,
    dataRows.map((r) => ({ line: r.line, label: r.cells[0] ?? "" })),
    declaredWorkType,
  );
  problems.push(...products.findings);
  const productOf = products.workType;

  const width = header.cells.length;
  const rows: ResultAreaRow[] = [];
  let columnTotals: ColumnTotals | undefined;
  const seen = new Map<string, number>();

  body.forEach((row, index) => {
    const isLast = index === body.length - 1;
    const label = row.cells[0] ?? "";
    const extra = row.cells.slice(width).filter((c) => c !== "");
    if (isSeparatorRow(row)) {
      problems.push({
        kind: "misaligned-row",
        file,
        line: row.line,
        resultArea,
        expected: "a work type and its units",
        found: row.cells.filter((c) => c !== "").join(" | "),
        ...coded("matrix-separator-row", { resultArea }),
      });
      return;
    }
    if (isLabelOnly(row) && !isTotalLabel(label) && !isLast) {
      problems.push({
        kind: "misaligned-row",
        file,
        line: row.line,
        resultArea,
        expected: "units in the district, Totaal or Offerte columns",
        found: `only ${JSON.stringify(label)} in the first column`,
        ...coded("matrix-label-only-row", { label }),
      });
      return;
    }
    if (row.cells.length < width || extra.length > 0) {
      problems.push({
        kind: "misaligned-row",
        file,
        line: row.line,
        resultArea,
        ...(label === "" ? {} : { workType: normaliseWorkType(label) }),
        expected: `${width} columns, as in the header`,
        found: `${row.cells.length} columns${extra.length > 0 ? ` (extra: ${extra.join(", ")})` : ""}`,
        ...coded("matrix-misaligned-row", {
          label,
          columns: String(width),
          cells: String(row.cells.length),
        }),
      });
    }
    const labelIsTotal = label === "" || isTotalLabel(label);
    if (labelIsTotal && !isLast) {
      problems.push({
        kind: "misaligned-row",
        file,
        line: row.line,
        resultArea,
        expected: "a work type in the first column",
        found: label === "" ? "an empty first column" : label,
        ...coded("matrix-row-without-work-type", { resultArea }),
      });
      return;
    }
    const workType = labelIsTotal ? undefined : (productOf ?? normaliseWorkType(label));
    const raw = new Map<string, Reading>();
    let total: Reading = EMPTY;
    let offer: Reading = EMPTY;
    const readings: Reading[] = [];
    roles.forEach((role, i) => {
      if (role === undefined) return;
      const reading = readQuantity(row.cells[i] ?? "", unit);
      readings.push(reading);
      const where = role._tag === "District" ? role.district : role._tag === "Total" ? "Totaal" : "Offerte";
      if (reading._tag === "Unreadable") {
        problems.push({
          kind: "not-a-number",
          file,
          line: row.line,
          resultArea,
          ...(workType === undefined ? {} : { workType }),
          ...(role._tag === "District" ? { district: role.district } : {}),
          expected: NUMBER_EXPECTED,
          found: reading.raw,
          ...coded("matrix-not-a-number", {
            ...(workType === undefined ? {} : { workType }),
            column: where,
            raw: reading.raw,
            reason: reading.message,
          }),
        });
      }
      if (role._tag === "District") raw.set(role.district, reading);
      else if (role._tag === "Total") total = reading;
      else offer = reading;
    });
    const kind = rowKind(readings, unit);
    if (E.isLeft(kind)) {
      problems.push({
        kind: "unit-mismatch",
        file,
        line: row.line,
        resultArea,
        ...(workType === undefined ? {} : { workType }),
        expected: "one unit kind per row",
        found: kind.left.join(" and "),
        ...coded("matrix-mixed-kinds", { label, kinds: kind.left.join(",") }),
      });
    }
    const k = E.getOrElse(() => unit)(kind);
    const cells = new Map([...raw].map(([d, r]) => [d, withKind(r, k)] as const));
    if (workType === undefined) {
      columnTotals = { line: row.line, cells, total: withKind(total, k), offer: withKind(offer, k) };
      return;
    }
    if (productOf === undefined && namesSeveralWorkTypes(label)) {
      problems.push({
        kind: "ambiguous-work-type",
        file,
        line: row.line,
        resultArea,
        workType,
        expected: "one work type code, such as OBW",
        found: label,
        ...coded("matrix-several-work-types", { label, workType }),
      });
    }
    const rowKey = productOf === undefined ? workType : productNameKey(label);
    const previous = seen.get(rowKey);
    if (previous !== undefined) {
      problems.push({
        kind: "duplicate-row",
        file,
        line: row.line,
        resultArea,
        workType,
        expected: `one row for ${productOf === undefined ? workType : `product ${JSON.stringify(label)}`}`,
        found: `a second row (the first is on line ${previous})`,
        ...(productOf === undefined
          ? coded("matrix-duplicate-work-type", { workType, resultArea })
          : coded("matrix-duplicate-product", { product: label, workType, resultArea })),
      });
      return;
    }
    seen.set(rowKey, row.line);
    rows.push({
      line: row.line,
      workType,
      ...(productOf === undefined ? {} : { product: label.trim() }),
      kind: k,
      cells,
      total: withKind(total, k),
      offer: withKind(offer, k),
      mixedKinds: E.isLeft(kind),
    });
  });

  if (columnTotals === undefined) {
    const last = body[body.length - 1] ?? header;
    problems.push({
      kind: "missing-total-row",
      file,
      line: last.line,
      resultArea,
      expected: "a last, unlabelled row of column totals",
      found:
        body.length === 0
          ? "no rows after the header"
          : `a last row labelled ${JSON.stringify(last.cells[0] ?? "")}`,
      ...coded("matrix-no-total-row", { resultArea }),
    });
  }

  return {
    table: {
      file,
      resultArea,
      headerLine: header.line,
      districts,
      hasTotal,
      hasOffer,
      rows,
      columnTotals,
      ...(productOf === undefined ? {} : { productsOf: productOf }),
    },
    discrepancies: problems,
  };
};
