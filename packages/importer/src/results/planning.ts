import type { Discrepancy } from "../discrepancy/discrepancy";
import { type Coded, coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table } from "../table/readTable";
import { type Layout, column, readColumns } from "./columns";
import { finding } from "./finding";
import { planningDeadline } from "./planningDate";

const LAYOUT: Layout<"planning" | "actie" | "resultaat"> = {
  kind: "planning",
  rule: "a programme planning (Planning | Actie | Resultaat, one row per period)",
  columns: [
    column("planning", "Planning", true, /^planning/i, /^periode/i, /^wanneer/i),
    column("actie", "Actie", false, /^actie/i, /^activiteit/i),
    column("resultaat", "Resultaat", false, /^resultaat/i, /^resultaten/i),
  ],
};

/** `Voorjaar tot medio 2011: …`: the period label, up to the first colon, naming a year. */
const PERIOD = /^([^:]*\b\d{4})\s*:\s*/;
const PHASE = /\buitvoering\s+fase\s+(\d+)/i;
const PARTICIPANTS = /(\d+)\s+[\p{L}-]*deelnemers\b/iu;
const ACTIVE = /(\d+)\s+wijkbewoners\b/i;
/** The closing sentence that states the programme's totals: "In totaal hebben 100 wijkbewoners …". */
const IN_ALL = /\bin totaal\b/i;
const STATED_PARTICIPANTS = /(\d+)\s+feitelijke deelnemers/i;

/**
 * The end of a period as printed (`Dec. 2010 t/m feb. 2011`, `Medio 2011 tot eind 2011`):
 * the part after `tot` or `t/m`, read as the end of its month, `medio` as 30 June and `eind`
 * as 31 December of its year. Undefined when it names neither.
 */
export const periodEnd = (label: string): string | undefined => {
  const end = label.split(/\s+(?:tot(?:\s+en\s+met)?|t\/m)\s+/i).pop() ?? label;
  const year = /\b(\d{4})\b/.exec(end)?.[1];
  if (year === undefined) return undefined;
  if (/\bmedio\b/i.test(end)) return `${year}-06-30`;
  if (/\beind\b/i.test(end)) return `${year}-12-31`;
  return planningDeadline(end, Number(year));
};

export interface PlanningRead {
  readonly file: string;
  readonly milestones: readonly Record<string, unknown>[];
  /** What reconcile reports: phases, their participants and active residents summed and as stated, evaluations. */
  readonly totals: Record<string, number>;
  readonly findings: readonly Discrepancy[];
}

/**
 * A programme's planning (Buurt Vitaal's KOEK, Figuur 1): one row per period, whose label
 * (`Voorjaar tot medio 2011:`) opens the Planning cell; a row without one belongs to the period
 * above (a note says so). Into the framework go a phase milestone per `Uitvoering fase N`, with
 * its participants as target (`15 deelnemers`), the interim and final evaluations, and each
 * other period as a step, all due at their period's end; `reportedBy` (the third party that
 * reports, e.g. the GGD: the documents name it in prose, not in the table) goes on the
 * evaluations. The phases' participants and active residents are summed and checked against
 * the totals the planning states ("In totaal … 100 wijkbewoners … 50 feitelijke deelnemers").
 */
export const parsePlanning = (table: Table, programme: string, reportedBy?: string): PlanningRead => {
  const file = table.file;
  const read = readColumns(table, LAYOUT);
  const findings: Discrepancy[] = [...read.findings];
  const cols = read.columns;
  if (cols === undefined) return { file, milestones: [], totals: {}, findings };
  const id = (what: string) => `${slug(programme)}-${what}`;
  const headerText = cols.header.cells.join("\t");
  const milestones: Record<string, unknown>[] = [];
  const sums = { participants: 0, activeResidents: 0 };
  const stated: { participants?: number; activeResidents?: number; line?: number } = {};
  let period: { label: string; deadline?: string } | undefined;
  for (const row of cols.body) {
    // Page breaks repeat the header; it is no period.
    if (row.cells.join("\t") === headerText) continue;
    const planning = cols.cell(row, "planning");
    const [actie, resultaat] = [cols.cell(row, "actie"), cols.cell(row, "resultaat")];
    if (planning === "" && actie === "" && resultaat === "") continue;
    const label = PERIOD.exec(planning)?.[1];
    const dating = (expected: string, found: string, message: Coded) =>
      findings.push(finding("planning-date", "note", file, row.line, expected, found, message));
    if (label !== undefined) {
      const deadline = periodEnd(label);
      period = { label, ...(deadline === undefined ? {} : { deadline }) };
      dating(
        "a date",
        label,
        deadline === undefined
          ? coded("planning-period-no-end", { period: label })
          : coded("planning-period-deadline", { period: label, deadline }),
      );
    } else if (period !== undefined)
      dating("a period label", planning, coded("planning-row-in-period", { period: period.label }));
    const due = period?.deadline === undefined ? {} : { deadline: period.deadline };
    const title = planning.replace(PERIOD, "") || actie;
    const [own, inAll] = ((s: string) => {
      const at = s.search(IN_ALL);
      return at < 0 ? [s, ""] : [s.slice(0, at), s.slice(at)];
    })(resultaat);
    if (inAll !== "") {
      const participants = STATED_PARTICIPANTS.exec(inAll)?.[1];
      const active = ACTIVE.exec(inAll)?.[1];
      Object.assign(stated, {
        line: row.line,
        ...(participants === undefined ? {} : { participants: Number(participants) }),
        ...(active === undefined ? {} : { activeResidents: Number(active) }),
      });
    }
    const phase = PHASE.exec(planning)?.[1];
    if (phase !== undefined) {
      const count = PARTICIPANTS.exec(`${planning} ${actie}`)?.[1];
      const active = ACTIVE.exec(own)?.[1];
      if (count !== undefined) sums.participants += Number(count);
      if (active !== undefined) sums.activeResidents += Number(active);
      milestones.push({
        id: id(`fase-${phase}`),
        kind: "phase",
        title: `${programme} fase ${phase}`,
        ...due,
        ...(count === undefined ? {} : { target: { count: Number(count), unit: "deelnemers" } }),
      });
    }
    const evaluations = [
      [/\btussenevaluatie\b/i, "interim", "tussenevaluatie"],
      [/\beindevaluatie\b/i, "final", "eindevaluatie"],
    ] as const;
    for (const [pattern, kind, word] of evaluations)
      if (pattern.test(planning))
        milestones.push({
          id: id(word),
          kind,
          title: `${programme} ${word}`,
          ...due,
          ...(reportedBy === undefined ? {} : { reportedBy }),
        });
    if (phase === undefined && !evaluations.some(([p]) => p.test(planning)))
      milestones.push({ id: id(`l${row.line}`), kind: "phase", title, ...due });
  }
  for (const key of ["participants", "activeResidents"] as const) {
    const printed = stated[key];
    if (printed === undefined || printed === sums[key]) continue;
    findings.push(
      finding(
        "listed-count",
        "discrepancy",
        file,
        stated.line ?? cols.header.line,
        String(printed),
        String(sums[key]),
        coded("planning-stated-total", {
          figure: key,
          sum: String(sums[key]),
          stated: String(printed),
        }),
      ),
    );
  }
  const count = (kind: string) => milestones.filter((m) => m.kind === kind).length;
  return {
    file,
    milestones,
    totals: {
      phases: milestones.filter((m) => m.kind === "phase" && m.target !== undefined).length,
      steps: milestones.filter((m) => m.kind === "phase" && m.target === undefined).length,
      evaluations: count("interim") + count("final"),
      participants: sums.participants,
      activeResidents: sums.activeResidents,
      ...(stated.participants === undefined ? {} : { statedParticipants: stated.participants }),
      ...(stated.activeResidents === undefined ? {} : { statedActiveResidents: stated.activeResidents }),
    },
    findings,
  };
};
