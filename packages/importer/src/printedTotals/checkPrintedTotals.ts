import {
  type Decimal,
  type Financing,
  equals,
  parseDutchDecimal,
  round,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { formatDutch } from "../table/dutchFormat";
import type { Table } from "../table/readTable";

type Figure = keyof Pick<Financing, "costs" | "contributions" | "grant" | "shortfall" | "deficit">;

/** Printed labels and the computed figure each states; the first match wins, so `Tekort na subsidie` precedes `Tekort`. */
const LABELS: readonly [RegExp, Figure][] = [
  [/^(totale|totaal)\s+kosten\b|^kosten\s+totaal\b/i, "costs"],
  [/^(totale|totaal)\s+bijdragen\b|^bijdragen\s+totaal\b/i, "contributions"],
  [/^(tekort|saldo)\s+na\s+subsidie\b|^saldo\b|^resultaat\b|^deficit\b/i, "deficit"],
  [/^tekort\b|^te dekken\b|^shortfall\b/i, "shortfall"],
  [/^(gevraagde\s+)?subsidie\b|^bijdrage\s+gemeente\b|^grant\b/i, "grant"],
];

const euros = (raw: string) =>
  parseDutchDecimal(
    raw
      .trim()
      .replace(/^€\s*/, "")
      .replace(/^(-|−)\s*€\s*/, "-"),
  );

/**
 * Rows such as `Totale kosten`, `Totale bijdragen` and `Tekort`, each checked against the value
 * computed from the lines and contributions (never taken from the print). A label the importer
 * does not know, or a grant printed while none is given, is a note.
 */
export const checkPrintedTotals = (
  source: Table,
  computed: Financing,
  grantGiven: boolean,
): Discrepancy[] => {
  const out: Discrepancy[] = [];
  for (const row of source.rows) {
    const filled = row.cells.map((c) => c.trim()).filter((c) => c !== "");
    const label = filled[0] ?? "";
    const raw = filled.length > 1 ? (filled[filled.length - 1] ?? "") : "";
    if (label === "" || raw === "") continue;
    const figure = LABELS.find(([re]) => re.test(label))?.[1];
    const at = { file: source.file, line: row.line };
    if (figure === undefined) {
      out.push({
        kind: "printed-total",
        severity: "note",
        ...at,
        expected: "a known total such as Totale kosten or Tekort",
        found: label,
        ...coded("printed-total-unknown", { label }),
      });
      continue;
    }
    const printed = euros(raw);
    if (E.isLeft(printed)) {
      out.push({
        kind: "not-a-number",
        ...at,
        expected: "an amount such as € 2.286.290",
        found: raw,
        ...coded("printed-total-not-a-number", { label, raw, reason: printed.left.message }),
      });
      continue;
    }
    if (figure === "grant" && !grantGiven) {
      out.push({
        kind: "printed-total",
        severity: "note",
        ...at,
        expected: "a grant in the manifest",
        found: raw,
        ...coded("printed-grant-not-given", { label, raw }),
      });
      continue;
    }
    const value: Decimal = computed[figure];
    if (!equals(round(value, printed.right.scale), printed.right)) {
      out.push({
        kind: "printed-total",
        ...at,
        expected: formatDutch(round(value, printed.right.scale)),
        found: raw,
        ...coded("printed-total", { label, figure, computed: toDecimalString(value), raw }),
      });
    }
  }
  return out;
};
