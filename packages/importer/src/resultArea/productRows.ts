import { normaliseWorkType } from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { TableRow } from "../table/readTable";

/**
 * `OBW`, `SCW 1`, `I & A`, `psz`: what a work-type code looks like in the tables. A product
 * (`Intake en kortdurende hulp`, `Groepswerk`) is words: mixed case, or longer than a code.
 */
export const looksLikeWorkType = (label: string): boolean => {
  const compact = label.replace(/\s+/g, "");
  return (
    compact.length > 0 &&
    compact.length <= 6 &&
    /^[A-Za-z&]+\d?$/.test(compact) &&
    (compact === compact.toUpperCase() || compact === compact.toLowerCase())
  );
};

// An upper-case code standing on its own in a caption or heading: `Producten AMW`, `(AMW)`.
const CODE_IN_TEXT = /(?<![\p{L}\d])[A-Z][A-Z&]{1,4}\d?(?![\p{L}\d])/gu;

export interface ProductRows {
  /** The work type the rows are products of; absent when the rows are work types. */
  readonly workType?: string | undefined;
  readonly findings: readonly Discrepancy[];
}

/**
 * Whether a result-area table lists products within one work type instead of work types. The
 * manifest may say so (`workType`); otherwise a table whose data rows are all words, not codes,
 * and one district column takes its work type from the one code its caption or header names.
 * Otherwise such rows are read as work types, with a note: the importer does not guess which
 * work type the units are for.
 */
export const productRows = (
  file: string,
  resultArea: string,
  caption: TableRow | undefined,
  header: TableRow,
  districtColumns: number,
  labels: readonly { readonly line: number; readonly label: string }[],
  declared: string | undefined,
): ProductRows => {
  if (declared !== undefined) return { workType: normaliseWorkType(declared), findings: [] };
  if (labels.length === 0 || labels.some((l) => looksLikeWorkType(l.label))) return { findings: [] };
  const places = [caption, header].filter((r): r is TableRow => r !== undefined);
  const codes = [
    ...new Set(
      places.flatMap((r) =>
        [...(r.cells[0] ?? "").matchAll(CODE_IN_TEXT)].map((m) => normaliseWorkType(m[0])),
      ),
    ),
  ];
  const named = labels
    .map((l) => JSON.stringify(l.label))
    .slice(0, 3)
    .join(", ");
  const at = places[0]!;
  const note = (
    f: Pick<Discrepancy, "expected" | "found" | "message" | "workType" | "code" | "values">,
  ): Discrepancy => ({
    kind: "product-rows",
    severity: "note",
    file,
    line: at.line,
    resultArea,
    ...f,
  });
  // Work types spelled out (`Jongerenwerk`) are words too: only the shape the documents use for
  // products, one municipality-wide column, is read as products without the manifest saying so.
  if (codes.length === 1 && districtColumns === 1) {
    const workType = codes[0]!;
    return {
      workType,
      findings: [
        note({
          workType,
          expected: "one row per work type, or products of the work type the table names",
          found: `rows that are not work types (${named}…) and ${workType} named on line ${at.line}`,
          ...coded("matrix-products-of", { resultArea, workType, line: String(at.line) }),
        }),
      ],
    };
  }
  return {
    findings: [
      note({
        expected: "one row per work type, or the work type the rows are products of",
        found:
          codes.length === 0
            ? `rows that are not work-type codes (${named}…), no work type named in the caption or header`
            : codes.length > 1
              ? `rows that are not work-type codes (${named}…), several work types named: ${codes.join(", ")}`
              : `rows that are not work-type codes (${named}…), ${districtColumns} district columns`,
        ...coded("matrix-rows-as-work-types", { resultArea }),
      }),
    ],
  };
};
