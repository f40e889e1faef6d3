import { type MatrixEntry, type Product, normaliseDistrict, normaliseResultArea } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import { type Annex, parseAnnex } from "../annex/parseAnnex";
import { type Discrepancy, type Finding, byLocation, withSeverity } from "../discrepancy/discrepancy";
import { type LoadedManifest, loadManifest } from "../manifest/loadManifest";
import { checkResultArea } from "../resultArea/checkResultArea";
import { contractEntries, offerEntries, productEntries } from "../resultArea/entries";
import { parseResultArea } from "../resultArea/parseResultArea";
import type { ResultAreaTable } from "../resultArea/resultAreaTable";
import { type ResultsRead, readResults } from "../results/readResults";
import { confinedPath } from "../source/confine";
import { DEFAULT_MAX_TABLE_BYTES, type ReadLimits } from "../source/limits";
import { type SourceFile, type TableRead, type UnreadableInput, readTable } from "../table/readTable";
import { checkDistrictColumns, crossCheckAnnex } from "./crossCheck";
import { importRefusal } from "./importable";
import { type MoneyRead, budgetTotalsJson, readMoney } from "./money";
import {
  type ReconcileTotals,
  budgetTotals,
  totalsByDistrict,
  totalsByProduct,
  totalsByResultArea,
} from "./totals";

/** Everything read from one manifest's documents, and everything wrong with them. */
export interface Reconciliation {
  readonly manifest: LoadedManifest;
  readonly files: readonly SourceFile[];
  readonly resultAreas: readonly ResultAreaTable[];
  readonly annexes: readonly Annex[];
  /** The contract at the finest level the tables print (cells; rows printed only as a total). */
  readonly contract: readonly MatrixEntry[];
  /** The offer, per row (the `Offerte` column). */
  readonly offer: readonly MatrixEntry[];
  /** Products within a work type, from tables that list products instead of work types. */
  readonly products: readonly Product[];
  /** Budget groups, contributions and the financing they compute. */
  readonly money: MoneyRead;
  /** The results framework the results sections describe, and what was read per section. */
  readonly results: ResultsRead;
  /** Every finding, each a `discrepancy` (the documents contradict themselves) or a `note`. */
  readonly discrepancies: readonly Finding[];
  readonly totals: ReconcileTotals;
}

const dedupe = (ds: readonly Discrepancy[]): Discrepancy[] => {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.kind}|${d.file}|${d.line}|${d.resultArea ?? ""}|${d.workType ?? ""}|${d.district ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Reads every table a manifest lists and checks every printed total, every budget line, and
 * the annexes against the tables. Left only when input cannot be read at all (missing or
 * refused file, invalid manifest, see `ReadLimits`) or when import would refuse the agreement
 * the documents describe (`importRefusal`); every other problem is a discrepancy with file and line.
 */
export const reconcile = async (
  manifestPath: string,
  limits: ReadLimits = {},
): Promise<E.Either<UnreadableInput[], Reconciliation>> => {
  const loaded = await loadManifest(manifestPath);
  if (E.isLeft(loaded)) return loaded;
  const m = loaded.right;

  const wanted = [
    ...m.resultAreas.map((r) => r.table),
    ...m.annexes.map((a) => a.table),
    ...m.budgets.map((b) => b.table),
    ...m.costLines.map((c) => c.table),
    ...m.contributions.map((c) => c.table),
    ...m.printedTotals.map((c) => c.table),
    ...m.expectedResults.map((e) => e.table),
    ...m.effectForms.flatMap((e) => [e.effects, e.assignments, e.contractors]),
    ...m.goalTables.map((g) => g.table),
    ...m.services.map((s) => s.table),
    ...m.frames.map((f) => f.table),
    ...m.summaries.flatMap((s) => (s.impact === undefined ? [s.table] : [s.table, s.impact])),
    ...m.policyFrames.map((p) => p.table),
    ...m.plannings.map((p) => p.table),
  ];
  const root = limits.tablesUnder ?? m.directory;
  const maxBytes = limits.maxTableBytes ?? DEFAULT_MAX_TABLE_BYTES;
  const reads = await Promise.all(
    [...new Set(wanted)].map(async (file) => {
      const real = await confinedPath(m.directory, file, root);
      return E.isLeft(real) ? real : readTable(real.right, file, maxBytes);
    }),
  );
  const unreadable = reads.flatMap((r) => (E.isLeft(r) ? [r.left] : []));
  if (unreadable.length > 0) return E.left(unreadable);
  const ok = reads.flatMap((r) => (E.isRight(r) ? [r.right] : []));
  const files = ok.map((r) => r.source);
  const byFile = new Map<string, TableRead>(ok.map((r) => [r.source.file, r.read]));

  const discrepancies: Discrepancy[] = [];
  const tableOf = (file: string) => {
    const read = byFile.get(file);
    if (read === undefined) return undefined;
    if (read._tag === "NoTable") {
      discrepancies.push(read.discrepancy);
      return undefined;
    }
    return read.table;
  };

  const resultAreas: ResultAreaTable[] = [];
  for (const area of m.resultAreas) {
    const source = tableOf(area.table);
    if (source === undefined) continue;
    const parsed = parseResultArea(source, normaliseResultArea(area.code), m.unit, area.workType);
    discrepancies.push(...parsed.discrepancies, ...checkResultArea(parsed.table, m.unit));
    resultAreas.push(parsed.table);
  }
  discrepancies.push(...checkDistrictColumns(resultAreas));

  const annexes: Annex[] = [];
  for (const a of m.annexes) {
    const source = tableOf(a.table);
    if (source === undefined) continue;
    const parsed = parseAnnex(source, normaliseDistrict(a.district), m.resultAreas, m.unit);
    discrepancies.push(...parsed.discrepancies, ...crossCheckAnnex(parsed.annex, resultAreas));
    annexes.push(parsed.annex);
  }

  const money = readMoney(m, tableOf);
  discrepancies.push(...money.discrepancies);

  const contract = resultAreas.flatMap(contractEntries);
  const offer = resultAreas.flatMap(offerEntries);
  const products = resultAreas.flatMap(productEntries);
  const results = readResults(m, tableOf, contract);
  discrepancies.push(...results.discrepancies);
  const reconciliation: Reconciliation = {
    manifest: m,
    files,
    resultAreas,
    annexes,
    contract,
    offer,
    products,
    money,
    results,
    discrepancies: dedupe(discrepancies).sort(byLocation).map(withSeverity),
    totals: {
      contract: totalsByResultArea(contract),
      offer: totalsByResultArea(offer),
      districts: totalsByDistrict(annexes),
      products: totalsByProduct(products),
      budgets: budgetTotals(money.budgets),
      budget: budgetTotalsJson(money),
      results: results.totals,
    },
  };
  const refusal = await importRefusal(reconciliation, new Date());
  return refusal === undefined ? E.right(reconciliation) : E.left([refusal]);
};
