import type { Discrepancy } from "../discrepancy/discrepancy";
import { slug } from "../naming/slug";
import type { Table } from "../table/readTable";
import { finding } from "./finding";

const TBD_TEXT = /^nader te bepalen\.?$/i;
const NOT_YET = /^nog omzetten naar/i;
type Text = string | { readonly state: "toBeDetermined"; readonly printed: string };
const textOf = (s: string): Text => (TBD_TEXT.test(s) ? { state: "toBeDetermined", printed: s } : s);

/** A cell with several items joins them with ` • ` (fixture README). */
const items = (cell: string): string[] =>
  cell
    .split("•")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** `Global goal: 3 Gezonde levens, … En Global goal: 11 Steden en dorpen …`: each UN SDG with its words as printed. */
const globalGoalsIn = (cell: string): { sdg: number; title: string }[] =>
  cell
    .split(/Global goal:\s*/i)
    .slice(1)
    .flatMap((part) => {
      const m = /^(\d{1,2})\s+(.*?)(?:\s+En)?\s*$/s.exec(part.trim());
      return m === null ? [] : [{ sdg: Number(m[1]), title: (m[2] as string).trim() }];
    });

export interface GoalTableRead {
  readonly workField: string;
  readonly file: string;
  readonly globalGoals: readonly Record<string, unknown>[];
  readonly effects: readonly Record<string, unknown>[];
  readonly subGoals: readonly Record<string, unknown>[];
  readonly results: readonly Record<string, unknown>[];
  readonly activities: readonly Record<string, unknown>[];
  readonly toBeDetermined: number;
  readonly findings: readonly Discrepancy[];
}

/**
 * A Rheden goal table: `Global goal | Maatschappelijk effect | Ambitie | Gewenst resultaat |
 * Activiteiten`. A global goal printed once (in the header or the first row) holds for the
 * rows below; an effect named in several rows is one effect. A row's sub-goal sits under the
 * first effect it names; its results under that one and, through `alsoEffectIds`, the others. "Nader te bepalen" is recorded as to be determined.
 */
export const parseGoalTable = (table: Table, workField: string): GoalTableRead => {
  const file = table.file;
  const wf = slug(workField);
  const findings: Discrepancy[] = [];
  const globalGoals = new Map<number, Record<string, unknown>>();
  const effects = new Map<string, Record<string, unknown> & { id: string }>();
  const subGoals: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  let toBeDetermined = 0;
  const addGoals = (cell: string) => {
    for (const g of globalGoalsIn(cell))
      if (!globalGoals.has(g.sdg)) globalGoals.set(g.sdg, { id: `sdg-${g.sdg}`, sdg: g.sdg, title: g.title });
  };
  const [header, ...rows] = table.rows;
  if (header !== undefined) addGoals(header.cells[0] ?? "");
  const tbd = (line: number, what: string, printed: string) => {
    toBeDetermined++;
    findings.push(
      finding(
        "to-be-determined",
        "note",
        file,
        line,
        what,
        printed,
        `${what} reads \`${printed}\`: recorded as to be determined`,
      ),
    );
  };
  for (const row of rows) {
    const [goals = "", effectCell = "", ambition = "", resultCell = "", activityCell = ""] = row.cells;
    addGoals(goals);
    const effectIds = items(effectCell).map((title) => {
      let e = effects.get(title);
      if (e === undefined) {
        e = {
          id: `${wf}-e${effects.size + 1}`,
          title,
          globalGoalIds: [...globalGoals.values()].map((g) => g.id),
        };
        effects.set(title, e);
      }
      return e.id;
    });
    const [effectId, ...alsoEffectIds] = effectIds;
    if (effectId === undefined) continue;
    const also = alsoEffectIds.length === 0 ? {} : { alsoEffectIds };
    const subGoalId = `${wf}-l${row.line}-ambitie`;
    if (TBD_TEXT.test(ambition)) tbd(row.line, "the ambition", ambition);
    subGoals.push({ id: subGoalId, effectId, text: textOf(ambition === "" ? "Nader te bepalen" : ambition) });
    items(resultCell).forEach((r, i) => {
      if (NOT_YET.test(r)) {
        findings.push(
          finding(
            "to-be-determined",
            "note",
            file,
            row.line,
            "a result",
            r,
            `the results say \`${r}\`: they are not yet indicators`,
          ),
        );
        return;
      }
      if (TBD_TEXT.test(r)) tbd(row.line, "a result", r);
      results.push({ id: `${wf}-l${row.line}-r${i + 1}`, effectId, ...also, subGoalId, text: textOf(r) });
    });
    items(activityCell).forEach((a, i) => {
      if (TBD_TEXT.test(a)) tbd(row.line, "an activity", a);
      activities.push({ id: `${wf}-l${row.line}-a${i + 1}`, effectId, text: textOf(a) });
    });
  }
  return {
    workField,
    file,
    globalGoals: [...globalGoals.values()],
    effects: [...effects.values()],
    subGoals,
    results,
    activities,
    toBeDetermined,
    findings,
  };
};
