import type { Discrepancy, DiscrepancyKind } from "../discrepancy/discrepancy";
import type { Coded } from "../discrepancy/findingWords.en";

/**
 * A finding of the results sections, with file and line like every other. Its message is
 * either coded (`coded(code, values)`: worded in any language) or, where no code exists yet,
 * English text only.
 */
export const finding = (
  kind: DiscrepancyKind,
  severity: "discrepancy" | "note",
  file: string,
  line: number,
  expected: string,
  found: string,
  message: string | Coded,
  where: { resultArea?: string; workType?: string; district?: string } = {},
): Discrepancy => ({
  kind,
  severity,
  file,
  line,
  expected,
  found,
  ...(typeof message === "string" ? {} : { code: message.code, values: message.values }),
  message: `${file}:${line}: ${typeof message === "string" ? message : message.message}`,
  ...where,
});
