import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table, TableRow } from "../table/readTable";
import { type Layout, column, readColumns, ruleOf } from "./columns";
import { finding } from "./finding";
import { planningDeadline } from "./planningDate";

const LAYOUT: Layout<"kader" | "kop" | "code" | "tekst"> = {
  kind: "policy-frame",
  rule: "a policy frame (Kader | Kop | Code | Tekst, one row per item)",
  columns: [
    column("kader", "Kader", true, /^kader/i, /^onderdeel/i, /^hoofdstuk/i),
    column("kop", "Kop", false, /^kop/i, /^titel/i, /^heading/i),
    column("code", "Code", false, /^code/i, /^nr\.?$/i, /^nummer/i),
    column("tekst", "Tekst", true, /^tekst/i, /^omschrijving/i, /^inhoud/i),
  ],
};

/** What a group of the frame is, by its `Kader` heading: ordered rules, first match wins. */
export type FramePart =
  | "effects"
  | "policyGoals"
  | "workFields"
  | "planning"
  | "principles"
  | "duties"
  | "model";
const PARTS: readonly [RegExp, FramePart][] = [
  [/^maatschappelijke effecten/i, "effects"],
  [/^(mjbk|meerjarenbeleidskader|beleidsdoelen)/i, "policyGoals"],
  [/^werkvelden/i, "workFields"],
  [/^planning/i, "planning"],
  [/uitgangspunten|sociale visie|principes/i, "principles"],
  [/^wettelijke/i, "duties"],
  [/model/i, "model"],
];

export interface FrameEffect {
  readonly id: string;
  readonly title: string;
  readonly line: number;
  /** `effects`: the assignment's own maatschappelijke effecten; `policyGoals`: the municipality's doelen. */
  readonly from: "effects" | "policyGoals";
  readonly code?: string;
  /** The global goal (focus point) a policy goal sits under. */
  readonly goalId?: string;
}

export interface PolicyFrameRead {
  readonly file: string;
  readonly globalGoals: readonly Record<string, unknown>[];
  readonly effects: readonly FrameEffect[];
  readonly milestones: readonly Record<string, unknown>[];
  readonly workFields: readonly { readonly name: string; readonly line: number }[];
  /** Rows per `Kader` heading, as printed. */
  readonly parts: Record<string, number>;
  readonly findings: readonly Discrepancy[];
}

/** "Uitgangspunten (6 van de 8 van toepassing)": the heading says how many items follow. */
const STATED_COUNT = /\((\d+)\s+van\s+de\s+\d+\b[^)]*\)/i;

/** OCR prints a capital I as `|` or `l`: in a group coded by capitals, read it as I, with a note. */
const readCode = (code: string, group: readonly string[]): string | undefined =>
  /^[|l]$/.test(code) && group.some((c) => /^[A-Z]$/.test(c)) ? "I" : undefined;

const stepsIn = (code: string): number[] =>
  /^stap/i.test(code) ? [...code.matchAll(/\d+/g)].map((m) => Number(m[0])) : [];

/**
 * A Rheden-style policy frame (`kaders.tsv`): one row per item, grouped by `Kader` and `Kop`.
 * Into the framework go the assignment's maatschappelijke effecten (effects), the
 * municipality's policy goals with a code (MJBK doelen: effects under their focus point, a
 * global goal without an SDG number) and the planning (a phase milestone per step, due at the
 * end of the last month named). Principles, legal duties and the model are counted, not
 * recorded: they frame the work but nobody reports on them. A heading that states how many
 * items it has (`6 van de 8`) is checked against the rows below it.
 */
export const parsePolicyFrame = (table: Table, year: number): PolicyFrameRead => {
  const file = table.file;
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const empty = { file, globalGoals: [], effects: [], milestones: [], workFields: [], parts: {} };
  const cols = read.columns;
  if (cols === undefined) return { ...empty, findings };
  const groups = new Map<string, { kader: string; kop: string; rows: TableRow[] }>();
  for (const row of cols.body) {
    const kader = cols.cell(row, "kader");
    if (kader === "" && cols.cell(row, "tekst") === "") continue;
    if (cols.cell(row, "tekst") === "") {
      findings.push(
        finding(
          "misaligned-row",
          "note",
          file,
          row.line,
          "a text in column Tekst",
          row.cells.join(" | "),
          coded("policy-row-without-text", ruleOf(LAYOUT)),
        ),
      );
      continue;
    }
    const kop = cols.cell(row, "kop");
    const key = `${kader}\u0000${kop}`;
    const g = groups.get(key) ?? { kader, kop, rows: [] };
    g.rows.push(row);
    groups.set(key, g);
  }
  const globalGoals: Record<string, unknown>[] = [];
  const effects: FrameEffect[] = [];
  const milestones: Record<string, unknown>[] = [];
  const workFields: { name: string; line: number }[] = [];
  const parts: Record<string, number> = {};
  for (const { kader, kop, rows } of groups.values()) {
    const part = PARTS.find(([rx]) => rx.test(kader))?.[1];
    const first = rows[0] as TableRow;
    if (part === undefined)
      findings.push(
        finding(
          "frame-label",
          "note",
          file,
          first.line,
          "a known frame heading",
          kader,
          coded("policy-unknown-heading", { ...ruleOf(LAYOUT), heading: kader, rows: String(rows.length) }),
        ),
      );
    parts[kader] = (parts[kader] ?? 0) + rows.length;
    const stated = STATED_COUNT.exec(kop);
    if (stated !== null && Number(stated[1]) !== rows.length)
      findings.push(
        finding(
          "listed-count",
          "discrepancy",
          file,
          first.line,
          String(stated[1]),
          String(rows.length),
          coded("policy-listed-count", {
            heading: kop,
            stated: String(stated[1]),
            listed: String(rows.length),
          }),
        ),
      );
    const codes = rows.map((r) => cols.cell(r, "code"));
    if (part === "effects")
      rows.forEach((r, i) => {
        const code = cols.cell(r, "code");
        effects.push({
          id: `effect-${code === "" ? i + 1 : slug(code)}`,
          title: cols.cell(r, "tekst"),
          line: r.line,
          from: "effects",
          ...(code === "" ? {} : { code }),
        });
      });
    if (part === "policyGoals") {
      const goalId = slug(kop || kader);
      if (rows.some((r) => cols.cell(r, "code") !== ""))
        globalGoals.push({ id: goalId, title: kop || kader });
      for (const r of rows) {
        const printed = cols.cell(r, "code");
        if (printed === "") continue;
        const read = readCode(printed, codes);
        if (read !== undefined)
          findings.push(
            finding(
              "code-reading",
              "note",
              file,
              r.line,
              "a letter code",
              printed,
              coded("policy-code-reading", { printed, read: String(read) }),
            ),
          );
        const code = read ?? printed;
        const title = cols.cell(r, "tekst");
        effects.push({ id: `doel-${slug(code)}`, title, line: r.line, from: "policyGoals", code, goalId });
      }
    }
    if (part === "workFields")
      for (const r of rows) workFields.push({ name: cols.cell(r, "tekst"), line: r.line });
    if (part === "planning") {
      const titles = new Map(
        kop
          .split(";")
          .map((s) => s.trim())
          .flatMap((s) => {
            const m = /^stap\s+(\d+)/i.exec(s);
            return m === null ? [] : [[Number(m[1]), s] as const];
          }),
      );
      for (const r of rows) {
        const code = cols.cell(r, "code");
        const when = cols.cell(r, "tekst");
        const deadline = planningDeadline(when, year);
        findings.push(
          finding(
            "planning-date",
            "note",
            file,
            r.line,
            "a date",
            when,
            deadline === undefined
              ? coded("policy-planning-no-month", { code, when })
              : coded("policy-planning-deadline", { code, when, deadline, year: String(year) }),
          ),
        );
        const steps = stepsIn(code);
        for (const n of steps.length === 0 ? [undefined] : steps)
          milestones.push({
            id: `planning-${n === undefined ? `l${r.line}` : `stap-${n}`}`,
            kind: "phase",
            title: (n === undefined ? undefined : titles.get(n)) ?? (code || when),
            ...(deadline === undefined ? {} : { deadline }),
          });
      }
    }
  }
  return { file, globalGoals, effects, milestones, workFields, parts, findings };
};
