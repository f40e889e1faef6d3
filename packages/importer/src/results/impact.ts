import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table } from "../table/readTable";
import { type Layout, column, readColumns, ruleOf } from "./columns";
import { finding } from "./finding";

const LAYOUT: Layout<"opgave" | "impact"> = {
  kind: "impact-list",
  rule: "an impact list (Opgave | Impact, one row per intended impact)",
  columns: [
    column("opgave", "Opgave", true, /^(maatschappelijke\s+)?opgave/i, /^thema\b/i, /^dienst\b/i),
    column("impact", "Impact", true, /^(beoogde\s+)?impact/i, /^(beoogd\s+)?(maatschappelijk\s+)?effect/i),
  ],
};

/** `Info & Advies (alle opgaves)`: a heading whose impact belongs to every opgave. */
export const FOR_ALL_OPGAVES = /\(alle opgaves\)/i;

export interface ImpactOpgave {
  readonly opgave: string;
  /** The line of its first row. */
  readonly line: number;
  readonly impacts: readonly { readonly text: string; readonly line: number }[];
}

export interface ImpactRead {
  readonly file: string;
  readonly opgaves: readonly ImpactOpgave[];
  /** One intended societal effect per impact, linked to its opgave (or to all, for `(alle opgaves)`). */
  readonly effects: readonly Record<string, unknown>[];
  readonly findings: readonly Discrepancy[];
}

/** A cell may hold several bullets joined with ` • ` (as the Rheden files do). */
const bullets = (cell: string) =>
  cell
    .split("•")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/**
 * The 2022 summary's Impact column, kept apart because it is one bullet list per opgave, not a
 * value per service (fixture README): `Opgave | Impact`, one row per bullet. An empty opgave
 * cell continues the opgave above. Each impact is an intended societal effect of that opgave
 * (the opgave is the result area it links to); the impact of an `(alle opgaves)` heading links
 * to every opgave of the list. The same impact twice in one opgave is recorded once, with a note.
 */
export const parseImpact = (table: Table): ImpactRead => {
  const file = table.file;
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const cols = read.columns;
  if (cols === undefined) return { file, opgaves: [], effects: [], findings };
  const byName = new Map<
    string,
    { opgave: string; line: number; impacts: { text: string; line: number }[] }
  >();
  let current: string | undefined;
  for (const row of cols.body) {
    const named = cols.cell(row, "opgave");
    const text = cols.cell(row, "impact");
    if (named === "" && text === "") continue;
    if (named !== "") current = named;
    if (current === undefined) {
      findings.push(
        finding(
          "impact-opgave",
          "discrepancy",
          file,
          row.line,
          "an opgave",
          "nothing",
          coded("impact-without-opgave", { ...ruleOf(LAYOUT), impact: text }),
        ),
      );
      continue;
    }
    const key = current.toLowerCase();
    let o = byName.get(key);
    if (o === undefined) {
      o = { opgave: current, line: row.line, impacts: [] };
      byName.set(key, o);
    }
    if (text === "") {
      findings.push(
        finding(
          "to-be-determined",
          "note",
          file,
          row.line,
          "an impact",
          "nothing",
          coded("impact-row-without-impact", { opgave: current }),
        ),
      );
      continue;
    }
    for (const b of bullets(text)) {
      if (o.impacts.some((i) => i.text.toLowerCase() === b.toLowerCase())) {
        findings.push(
          finding(
            "duplicate-row",
            "note",
            file,
            row.line,
            "each impact once per opgave",
            b,
            coded("impact-twice", { opgave: current, impact: b }),
          ),
        );
        continue;
      }
      o.impacts.push({ text: b, line: row.line });
    }
  }
  const opgaves = [...byName.values()];
  const specific = opgaves.filter((o) => !FOR_ALL_OPGAVES.test(o.opgave)).map((o) => o.opgave);
  const effects = opgaves.flatMap((o) =>
    o.impacts.map((i, n) => ({
      id: `impact-${slug(o.opgave)}-${n + 1}`,
      title: i.text,
      links: { resultAreas: FOR_ALL_OPGAVES.test(o.opgave) ? specific : [o.opgave] },
    })),
  );
  return { file, opgaves, effects, findings };
};

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The impact list and the summary table are one printed table cut in two: every opgave of one
 * is an opgave of the other. An impact opgave the summary does not head is a discrepancy (the
 * document names an opgave twice, differently); a summary opgave without impact is a note.
 */
export const impactAgainstSummary = (
  impact: ImpactRead,
  summaryFile: string,
  summary: readonly { readonly opgave: string; readonly line: number }[],
): Discrepancy[] => [
  ...impact.opgaves
    .filter((o) => !summary.some((s) => sameName(s.opgave, o.opgave)))
    .map((o) =>
      finding(
        "impact-opgave",
        "discrepancy",
        impact.file,
        o.line,
        `an opgave of ${summaryFile}`,
        o.opgave,
        coded("impact-opgave-not-in-summary", { opgave: o.opgave, summary: summaryFile }),
      ),
    ),
  ...summary
    .filter((s) => !impact.opgaves.some((o) => sameName(s.opgave, o.opgave)))
    .map((s) =>
      finding(
        "impact-opgave",
        "note",
        summaryFile,
        s.line,
        `an opgave of ${impact.file}`,
        s.opgave,
        coded("summary-opgave-without-impact", { opgave: s.opgave, impact: impact.file }),
      ),
    ),
];
