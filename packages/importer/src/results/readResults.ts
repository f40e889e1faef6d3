import {
  type MatrixEntry,
  type ReachCategory,
  ResultsFramework,
  decimal,
  decodeProblems,
  emptyFramework,
  matrixOf,
  normaliseDistrict,
  normaliseResultArea,
  toDecimalString,
} from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { LoadedManifest } from "../manifest/loadManifest";
import { slug } from "../naming/slug";
import type { Table } from "../table/readTable";
import { parseEffectForms } from "./effectForms";
import { parseExpectedResults } from "./expectedResults";
import { finding } from "./finding";
import { parseFrame } from "./frames";
import { type GoalTableRead, parseGoalTable } from "./goalTables";
import { impactAgainstSummary, parseImpact } from "./impact";
import { linkGoalTables } from "./linkGoalTables";
import { parsePlanning } from "./planning";
import { type PolicyFrameRead, parsePolicyFrame } from "./policyFrame";
import { categoryStrings } from "./reachCategories";
import { parseServices } from "./services";
import { type SummaryRead, parseSummary } from "./summary";
import { summaryAgainstServices } from "./summaryAgainstServices";
import { summaryServices } from "./summaryServices";

/** Planned reach of one opgave's services table, exact decimals as strings. */
export interface ReachTotals {
  readonly planned: string;
  readonly printed?: string;
  readonly services: number;
  readonly categories?: Partial<Record<ReachCategory, string>>;
  readonly printedCategories?: Partial<Record<ReachCategory, string>>;
}

/** What `reconcile --json` reports per results section in `totals.results`. */
export interface ResultsTotals {
  /** Result rows per district and result area (2007 lists). */
  readonly expectedResults: Record<string, Record<string, number>>;
  /** Direct hours per effect and contractor, exact (Haren). */
  readonly directHours: Record<string, Record<string, string>>;
  /** Effects, sub-goals, results, activities and "to be determined" cells per work field (Rheden). */
  readonly goalTables: Record<string, Record<string, number>>;
  /**
   * Planned reach per opgave: the sum of the services, and the printed total; where the table
   * splits reach, the sum per category (`residents`, `volunteers`, `chainPartners`) and the
   * `Totaal` row's split as printed.
   */
  readonly reach: Record<string, ReachTotals>;
  /** Labelled parts per result area's frame (2007 `kader-*`): frame, approach, main goals, interventions, intended. */
  readonly frames: Record<string, Record<string, number>>;
  /** The 2022 summary table per file: reach and cost per opgave, the reach for all opgaves, the total. */
  readonly summaries: Record<string, Omit<SummaryRead, "findings" | "rows" | "headings">>;
  /** Impacts per opgave, per impact list (2022 `samenvatting-impact`). */
  readonly impact: Record<string, Record<string, number>>;
  /** Per policy frame (Rheden `kaders`): items per part, effects, policy goals, work fields, planning steps. */
  readonly policyFrames: Record<string, Record<string, number>>;
  /**
   * Per programme planning (Buurt Vitaal's KOEK): phases with a target, other steps,
   * evaluations, the phases' participants and active residents summed, and as the planning
   * states them in all.
   */
  readonly plannings: Record<string, Record<string, number>>;
}

export interface ResultsRead {
  /** Undefined when the manifest lists no results section. */
  readonly framework?: ResultsFramework;
  readonly totals: ResultsTotals;
  readonly discrepancies: readonly Discrepancy[];
}

const byId = <T extends { id?: unknown }>(items: readonly T[]): T[] => {
  const seen = new Set<unknown>();
  return items.filter((i) => seen.size < seen.add(i.id).size);
};

/**
 * Reads the results sections of a manifest into one framework, decoded by the core's codec
 * (the edge: what the documents produce is checked like any other input), with the totals
 * reconcile reports and the findings of each table. `contract` is the matrix the result lists'
 * work types are checked against (a work type whose cell has no units is a note).
 */
export const readResults = (
  m: LoadedManifest,
  tableOf: (file: string) => Table | undefined,
  contract: readonly MatrixEntry[],
): ResultsRead => {
  const discrepancies: Discrepancy[] = [];
  const totals: {
    expectedResults: Record<string, Record<string, number>>;
    directHours: Record<string, Record<string, string>>;
    goalTables: Record<string, Record<string, number>>;
    reach: Record<string, ReachTotals>;
    frames: Record<string, Record<string, number>>;
    summaries: Record<string, Omit<SummaryRead, "findings" | "rows" | "headings">>;
    impact: Record<string, Record<string, number>>;
    policyFrames: Record<string, Record<string, number>>;
    plannings: Record<string, Record<string, number>>;
  } = {
    expectedResults: {},
    directHours: {},
    goalTables: {},
    reach: {},
    frames: {},
    summaries: {},
    impact: {},
    policyFrames: {},
    plannings: {},
  };
  const f = {
    globalGoals: [] as unknown[],
    effects: [] as unknown[],
    subGoals: [] as unknown[],
    results: [] as unknown[],
    activities: [] as unknown[],
    indicators: [] as unknown[],
    contractors: [] as unknown[],
    services: [] as unknown[],
    milestones: [] as unknown[],
  };
  const matrix = matrixOf(contract);
  for (const e of m.expectedResults) {
    const table = tableOf(e.table);
    if (table === undefined) continue;
    const district = normaliseDistrict(e.district);
    const area = normaliseResultArea(e.resultArea);
    const read = parseExpectedResults(table, district, area, matrix);
    discrepancies.push(...read.findings);
    f.results.push(...read.results);
    f.activities.push(...read.activities);
    f.indicators.push(...read.indicators);
    totals.expectedResults[district] = { ...totals.expectedResults[district], [area]: read.rows };
  }
  const [startYear, endYear] = [m.manifest.agreement.period.start, m.manifest.agreement.period.end].map((d) =>
    Number(d.slice(0, 4)),
  ) as [number, number];
  for (const e of m.effectForms) {
    const [effects, assignments, contractors] = [
      tableOf(e.effects),
      tableOf(e.assignments),
      tableOf(e.contractors),
    ];
    if (effects === undefined || assignments === undefined || contractors === undefined) continue;
    const read = parseEffectForms(effects, assignments, contractors, { start: startYear, end: endYear });
    discrepancies.push(...read.findings);
    f.effects.push(...read.effects);
    f.indicators.push(...read.indicators);
    f.results.push(...read.results);
    f.activities.push(...read.activities);
    f.contractors.push(...read.contractors);
    Object.assign(totals.directHours, read.hours);
  }
  const goalReads: GoalTableRead[] = [];
  for (const g of m.goalTables) {
    const table = tableOf(g.table);
    if (table === undefined) continue;
    const read = parseGoalTable(table, g.workField);
    discrepancies.push(...read.findings);
    goalReads.push(read);
    totals.goalTables[g.workField] = {
      effects: read.effects.length,
      subGoals: read.subGoals.length,
      results: read.results.length,
      activities: read.activities.length,
      toBeDetermined: read.toBeDetermined,
    };
  }
  const frameReads: PolicyFrameRead[] = [];
  for (const p of m.policyFrames) {
    const table = tableOf(p.table);
    if (table === undefined) continue;
    const read = parsePolicyFrame(table, startYear);
    discrepancies.push(...read.findings);
    frameReads.push(read);
    totals.policyFrames[p.table] = {
      ...read.parts,
      effects: read.effects.filter((e) => e.from === "effects").length,
      policyGoals: read.effects.filter((e) => e.from === "policyGoals").length,
      workFields: read.workFields.length,
      planningSteps: read.milestones.length,
    };
  }
  const linked = linkGoalTables(goalReads, frameReads);
  discrepancies.push(...linked.findings);
  for (const key of ["globalGoals", "effects", "subGoals", "results", "activities", "milestones"] as const)
    f[key].push(...linked[key]);
  for (const s of m.services) {
    const table = tableOf(s.table);
    if (table === undefined) continue;
    const read = parseServices(table, s.opgave, s.counting ?? "contacts");
    discrepancies.push(...read.findings);
    // Ids are per table; one framework holds several opgaves' services.
    f.services.push(...read.services.map((x) => ({ ...x, id: `${slug(s.opgave)}/${x.id}` })));
    totals.reach[s.opgave] = {
      planned: toDecimalString(read.planned),
      ...(read.printedTotal === undefined ? {} : { printed: toDecimalString(read.printedTotal) }),
      services: read.services.length,
      ...(read.categories === undefined ? {} : { categories: categoryStrings(read.categories) }),
      ...(read.printedCategories === undefined
        ? {}
        : {
            printedCategories: categoryStrings(
              Object.fromEntries(read.printedCategories.map((c) => [c.category, decimal(c.count)])),
            ),
          }),
    };
  }
  for (const k of m.frames) {
    const table = tableOf(k.table);
    if (table === undefined) continue;
    const area = normaliseResultArea(k.resultArea);
    const read = parseFrame(table, area);
    discrepancies.push(...read.findings);
    f.effects.push(...read.effects);
    f.subGoals.push(...read.subGoals);
    f.activities.push(...read.activities);
    totals.frames[area] = read.parts;
  }
  for (const k of m.summaries) {
    const table = tableOf(k.table);
    if (table === undefined) continue;
    const { findings, rows, headings, ...read } = parseSummary(table);
    discrepancies.push(...findings, ...summaryAgainstServices(table.file, read.opgaves, totals.reach));
    totals.summaries[k.table] = read;
    f.services.push(
      ...summaryServices(
        rows,
        Object.keys(read.opgaves),
        m.services.map((x) => x.opgave),
        k.counting ?? "contacts",
      ),
    );
    const impactTable = k.impact === undefined ? undefined : tableOf(k.impact);
    if (impactTable === undefined) continue;
    const impact = parseImpact(impactTable);
    discrepancies.push(...impact.findings, ...impactAgainstSummary(impact, table.file, headings));
    f.effects.push(...impact.effects);
    totals.impact[impactTable.file] = Object.fromEntries(
      impact.opgaves.map((o) => [o.opgave, o.impacts.length]),
    );
  }
  for (const p of m.plannings) {
    const table = tableOf(p.table);
    if (table === undefined) continue;
    const read = parsePlanning(table, p.programme, p.reportedBy);
    discrepancies.push(...read.findings);
    f.milestones.push(...read.milestones);
    totals.plannings[p.programme] = read.totals;
  }
  const listed =
    m.plannings.length +
    m.frames.length +
    m.summaries.length +
    m.policyFrames.length +
    m.expectedResults.length +
    m.effectForms.length +
    m.goalTables.length +
    m.services.length;
  if (listed === 0) return { totals, discrepancies };
  const decoded = ResultsFramework.decode({
    ...emptyFramework,
    ...f,
    globalGoals: byId(f.globalGoals as { id?: unknown }[]),
  });
  if (E.isLeft(decoded)) {
    const problems = decodeProblems(decoded.left);
    discrepancies.push(
      ...problems.slice(0, 5).map((p) =>
        finding(
          "unparseable-file",
          "discrepancy",
          m.name,
          1,
          p.expected,
          String(p.found),
          coded("results-not-decoding", {
            path: p.path,
            expected: p.expected,
            found: String(p.found),
            reason: p.message,
          }),
        ),
      ),
    );
    return { totals, discrepancies };
  }
  return { framework: decoded.right, totals, discrepancies };
};
