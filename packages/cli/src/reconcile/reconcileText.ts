import { parseDecimal } from "@grant-ledger/core";
import {
  type Discrepancy,
  type Reconciliation,
  type TotalsByKind,
  type UnreadableInput,
  contradictions,
  wordFinding,
} from "@grant-ledger/importer";
import { numberFormats } from "../format/numbers";
import { screenFormats } from "../format/verdicts";
import type { Messages } from "../messages/catalogue";
import { reconcileMoneyLines } from "../money/reconcileMoney";
import { resultsTotalsText } from "./resultsTotalsText";

/** How the report prints numbers: `36.146 uur`, `€ 854.788,43` (exact values stay in --json). */
export interface ReportNumbers {
  readonly units: (amount: string, kind: string) => string;
  readonly count: (text: string) => string;
  readonly euros: (text: string) => string;
}

export const reportNumbers = (m: Messages): ReportNumbers => {
  const { units, number } = screenFormats(m);
  const { euros } = numberFormats(m);
  return {
    units,
    count: number,
    euros: (text) => {
      const d = parseDecimal(text);
      return d === undefined ? `€ ${text}` : euros(d);
    },
  };
};

/** A finding's values in the screen's formats: `1.500 uur`, `2.286.290,5`, `groepen`. */
const findingFormats = (m: Messages) => {
  const { units, number } = screenFormats(m);
  return { units, number, kind: (kind: string) => m.kindNames[kind] ?? kind };
};

/**
 * A finding with a code is worded from its values in the catalogue's language; one without
 * (the results sections, or a code this version does not know) shows the importer's English.
 */
const findingLine = (d: Discrepancy, m: Messages): string => {
  const r = m.reconcile;
  const kind = `${d.severity === "note" ? `${r.note} ` : ""}${r.kinds[d.kind] ?? d.kind}`;
  const worded =
    d.code === undefined
      ? undefined
      : wordFinding({ code: d.code, values: d.values ?? {} }, r.findingWords(findingFormats(m)));
  const related = d.related === undefined ? undefined : `${d.related.file}:${d.related.line}`;
  const see = related === undefined || (worded ?? d.message).includes(related) ? undefined : related;
  const where = `${d.file}:${d.line}`;
  return worded === undefined
    ? r.finding(where, kind, r.detail(d.message), d.expected, d.found, see)
    : r.codedFinding(where, kind, worded, d.expected, d.found, see);
};

const totalsText = (title: string, t: TotalsByKind, n: ReportNumbers): string[] =>
  Object.keys(t).length === 0
    ? []
    : [
        title,
        ...Object.entries(t).map(
          ([key, perKind]) =>
            `  ${key}: ${Object.entries(perKind)
              .map(([kind, amount]) => n.units(amount, kind))
              .join(", ")}`,
        ),
      ];

/**
 * The plain `reconcile` report in the catalogue's language, from the importer's data: the
 * findings first (what to fix), then the totals that were read, in the language's numbers.
 */
export const reconciliationText = (r: Reconciliation, m: Messages): string => {
  const n = reportNumbers(m);
  const t = m.reconcile;
  const found = contradictions(r.discrepancies).length;
  const notes = r.discrepancies.length - found;
  return [
    found === 0
      ? t.reconciles(r.manifest.name, r.files.length, notes)
      : t.discrepancies(r.manifest.name, found, notes),
    ...r.discrepancies.map((d) => findingLine(d, m)),
    ...totalsText(t.contract, r.totals.contract, n),
    ...totalsText(t.offer, r.totals.offer, n),
    ...totalsText(t.districts, r.totals.districts, n),
    ...reconcileMoneyLines(m, numberFormats(m))(r.totals),
    ...resultsTotalsText(r.totals.results, t.results, n),
    ...r.files.map((f) => t.read(f.file, f.encoding, f.delimiter, f.sha256.slice(0, 12))),
  ].join("\n");
};

/** Why the input could not be read: each problem names its file (the reader's own words). */
export const unreadableText = (problems: readonly UnreadableInput[], m: Messages): string =>
  [m.reconcile.unreadable, ...problems.map((p) => `  ${p.message}`)].join("\n");
