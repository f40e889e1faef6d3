import type { Discrepancy, DiscrepancyKind } from "../discrepancy/discrepancy";
import type { Coded } from "../discrepancy/findingWords.en";

/**
 * A finding of the results sections, with file and line like every other. Its message is coded
 * (`coded(code, values)`), never plain text: every language words it from the code and values.
 */
export const finding = (
  kind: DiscrepancyKind,
  severity: "discrepancy" | "note",
  file: string,
  line: number,
  expected: string,
  found: string,
  message: Coded,
  where: { resultArea?: string; workType?: string; district?: string } = {},
): Discrepancy => ({
  kind,
  severity,
  file,
  line,
  expected,
  found,
  code: message.code,
  values: message.values,
  message: `${file}:${line}: ${message.message}`,
  ...where,
});
