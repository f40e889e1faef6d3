import type { Discrepancy, DiscrepancyKind } from "../discrepancy/discrepancy";

/** A finding of the results sections, with file and line like every other. */
export const finding = (
  kind: DiscrepancyKind,
  severity: "discrepancy" | "note",
  file: string,
  line: number,
  expected: string,
  found: string,
  message: string,
  where: { resultArea?: string; workType?: string; district?: string } = {},
): Discrepancy => ({
  kind,
  severity,
  file,
  line,
  expected,
  found,
  message: `${file}:${line}: ${message}`,
  ...where,
});
