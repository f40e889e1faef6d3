import type { Discrepancy } from "../discrepancy/discrepancy";
import { TBD_PARTS, coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table } from "../table/readTable";
import { type Layout, column, readColumns } from "./columns";
import { matchTitle } from "./effectTitles";
import { finding } from "./finding";

const SAME = new Set(["same", "variant"]);
type Column = "goals" | "effect" | "ambition" | "result" | "activities";
const LAYOUT: Layout<Column> = {
  kind: "goal-table",
  rule: "a goal table (Global goal | Maatschappelijk effect | Ambitie | Gewenst resultaat | Activiteiten)",
  columns: [
    column("goals", "Global goal", false, /^global goal/i, /^sdg/i),
    column(
      "effect",
      "Maatschappelijk effect",
      true,
      /^maatschappelijk effect/i,
      /^(beoogd\s+)?effect/i,
      /^hoofddoel/i,
    ),
    column("ambition", "Ambitie", false, /^ambitie/i, /^subdoel/i),
    column("result", "Gewenst resultaat", false, /^gewenst resultaat/i, /^(beoogd\s+)?resultaat/i),
    column("activities", "Activiteiten", false, /^activiteiten/i, /^diensten/i, /^inzet\b/i),
  ],
};

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
  readonly effects: readonly (Record<string, unknown> & {
    readonly id: string;
    readonly title: string;
    /** The first line that names it. */
    readonly line: number;
  })[];
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
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const globalGoals = new Map<number, Record<string, unknown>>();
  const effects = new Map<string, Record<string, unknown> & { id: string; title: string; line: number }>();
  const subGoals: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  let toBeDetermined = 0;
  const addGoals = (cell: string) => {
    for (const g of globalGoalsIn(cell))
      if (!globalGoals.has(g.sdg)) globalGoals.set(g.sdg, { id: `sdg-${g.sdg}`, sdg: g.sdg, title: g.title });
  };
  const cols = read.columns;
  if (cols !== undefined) addGoals(cols.cell(cols.header, "goals"));
  const tbd = (line: number, part: "ambition" | "result" | "activity", printed: string) => {
    const what = TBD_PARTS[part];
    toBeDetermined++;
    findings.push(
      finding(
        "to-be-determined",
        "note",
        file,
        line,
        what,
        printed,
        coded("goal-to-be-determined", { part, printed }),
      ),
    );
  };
  for (const row of cols?.body ?? []) {
    const at = (k: Column) => cols?.cell(row, k) ?? "";
    const [ambition, resultCell, activityCell] = [at("ambition"), at("result"), at("activities")];
    addGoals(at("goals"));
    const effectIds = items(at("effect")).map((title) => {
      // One effect printed with an OCR slip or a period more is still one effect.
      const known = [...effects.values()].find((x) => SAME.has(matchTitle(title, x.title)));
      if (known !== undefined) {
        if (matchTitle(title, known.title) === "variant")
          findings.push(
            finding(
              "effect-name",
              "note",
              file,
              row.line,
              known.title,
              title,
              coded("goal-effect-one-letter-off", { title, known: known.title, line: String(known.line) }),
            ),
          );
        return known.id;
      }
      const e = {
        id: `${wf}-e${effects.size + 1}`,
        title,
        line: row.line,
        globalGoalIds: [...globalGoals.values()].map((g) => g.id),
      };
      effects.set(title, e);
      return e.id;
    });
    const [effectId, ...alsoEffectIds] = effectIds;
    if (effectId === undefined) continue;
    const also = alsoEffectIds.length === 0 ? {} : { alsoEffectIds };
    const subGoalId = `${wf}-l${row.line}-ambitie`;
    if (TBD_TEXT.test(ambition)) tbd(row.line, "ambition", ambition);
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
            coded("goal-results-not-indicators", { results: r }),
          ),
        );
        return;
      }
      if (TBD_TEXT.test(r)) tbd(row.line, "result", r);
      results.push({ id: `${wf}-l${row.line}-r${i + 1}`, effectId, ...also, subGoalId, text: textOf(r) });
    });
    items(activityCell).forEach((a, i) => {
      if (TBD_TEXT.test(a)) tbd(row.line, "activity", a);
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
