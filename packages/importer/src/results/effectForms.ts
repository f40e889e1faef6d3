import type { Discrepancy } from "../discrepancy/discrepancy";
import type { Table, TableRow } from "../table/readTable";
import { matchContractorName, withoutMarker } from "./contractorNames";
import { finding } from "./finding";
import { baselineYear, readIndicatorText } from "./indicatorText";

type Role = "lead" | "partner" | "unmarked";
const roleOf = (letter: string): Role => (letter === "T" ? "lead" : letter === "P" ? "partner" : "unmarked");
const LETTER: Record<Role, string> = { lead: "T", partner: "P", unmarked: "no letter" };

type Tbd = { readonly state: "toBeDetermined"; readonly printed?: string };
export type EffortJson =
  | { readonly kind: "directHours"; readonly hours: string }
  | { readonly kind: "toBeDetermined"; readonly as: Tbd };

export interface EffectFormsRead {
  readonly effects: readonly Record<string, unknown>[];
  readonly indicators: readonly Record<string, unknown>[];
  readonly results: readonly Record<string, unknown>[];
  readonly activities: readonly Record<string, unknown>[];
  readonly contractors: readonly {
    effectId: string;
    organisation: string;
    role: Role;
    effort: EffortJson[];
  }[];
  /** Direct hours per effect and contractor, exact decimal strings. */
  readonly hours: Record<string, Record<string, string>>;
  readonly findings: readonly Discrepancy[];
}

const body = (t: Table): readonly TableRow[] => t.rows.slice(1);

/** `Inzet directe uren beroepskracht : 190`, `…: 866 regulier jongerenwerk + tijdelijk project …`, `PM`. */
const effortOf = (printed: string): { effort: EffortJson[]; rest?: string } => {
  const text = printed.trim();
  if (text === "") return { effort: [] };
  if (/^pm$/i.test(text))
    return { effort: [{ kind: "toBeDetermined", as: { state: "toBeDetermined", printed: text } }] };
  const m = /:\s*(\d+(?:\.\d{3})*)(.*)$/.exec(text);
  if (m === null) return { effort: [], rest: text };
  const hours = (m[1] as string).replace(/\./g, "");
  const rest = (m[2] as string).trim();
  return { effort: [{ kind: "directHours", hours }], ...(rest === "" ? {} : { rest }) };
};

/**
 * The three files of one Haren domain (`*-effecten`, `*-opdrachten`, `*-opdrachtnemers`), in
 * the long format of the fixture README. Each indicator's target and baseline moment are read
 * from its text; a text that states no target keeps it to be determined, with a note. A
 * contractor block the partner list does not name, or whose letter differs from the list's,
 * is a discrepancy: the form contradicts itself.
 */
export const parseEffectForms = (
  effects: Table,
  assignments: Table,
  contractors: Table,
  periodYears: { start: number; end: number },
): EffectFormsRead => {
  const findings: Discrepancy[] = [];
  const out = new Map<
    string,
    Record<string, unknown> & {
      indicatorIds: string[];
      targetGroups: unknown[];
      partners: { organisation: string; role?: Role; line: number; printed: string }[];
    }
  >();
  const indicators: Record<string, unknown>[] = [];
  const effectOf = (id: string) => {
    let e = out.get(id);
    if (e === undefined) {
      e = { id, title: id, indicatorIds: [], targetGroups: [], partners: [] };
      out.set(id, e);
    }
    return e;
  };
  const indicator = (
    effectId: string,
    kind: "outcome" | "output",
    text: string,
    line: number,
    file: string,
  ) => {
    const e = effectOf(effectId);
    const id = `${effectId}-i${e.indicatorIds.length + 1}`;
    const read = readIndicatorText(text);
    const baseline = read.baseline;
    const year = baseline === undefined ? undefined : baselineYear(baseline);
    if (year !== undefined && year > periodYears.start)
      findings.push(
        finding(
          "baseline-date",
          "note",
          file,
          line,
          `a reference moment before ${periodYears.start + 1}`,
          String(year),
          `the baseline's reference moment ${year} lies within the agreement's period ${periodYears.start}–${periodYears.end}`,
        ),
      );
    if (read.targetToBeDetermined)
      findings.push(
        finding(
          "indicator-target",
          "note",
          file,
          line,
          "a target with a comparator",
          text,
          `indicator ${id} states no target the importer reads; kept as to be determined`,
        ),
      );
    indicators.push({ id, kind, text, target: read.target, ...(baseline === undefined ? {} : { baseline }) });
    effectOf(effectId).indicatorIds.push(id);
  };
  for (const row of body(effects)) {
    const [effectId = "", part = "", text = "", count = "", role = ""] = row.cells;
    if (effectId === "") continue;
    const e = effectOf(effectId);
    switch (part) {
      case "Titel":
        e.title = text;
        break;
      case "Verantwoordelijkheid":
        e.portfolioHolder = text;
        break;
      case "Prioriteit":
        if (/^[ABC]$/.test(text)) e.priority = text;
        break;
      case "Beoogd effect":
        e.intendedEffect = text;
        break;
      case "Effect indicator":
        indicator(effectId, "outcome", text, row.line, effects.file);
        break;
      case "Doelgroep informatie": {
        const approximate = /^ca\.?\s*/i.test(count);
        const digits = count.replace(/^ca\.?\s*/i, "").replace(/\./g, "");
        e.targetGroups.push({
          label: text,
          ...(/^\d+$/.test(digits) ? { count: Number(digits) } : {}),
          ...(approximate ? { approximate } : {}),
        });
        break;
      }
      case "Samenwerkingspartner":
        e.partners.push({
          organisation: withoutMarker(text),
          ...(role === "" ? {} : { role: roleOf(role) }),
          line: row.line,
          printed: text,
        });
        break;
    }
  }
  const results: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  for (const row of body(assignments)) {
    const [effectId = "", organisation = "", , part = "", text = ""] = row.cells;
    if (effectId === "" || text === "") continue;
    const id = `${effectId}-l${row.line}`;
    if (part === "Activiteit") activities.push({ id, effectId, text, contractor: organisation });
    else if (part === "Resultaat (afgestemd)") results.push({ id, effectId, text });
    else if (part === "Prestatie/resultaat-indicator" || part === "Indicatoren")
      indicator(effectId, "output", text, row.line, assignments.file);
  }
  const blocks: EffectFormsRead["contractors"][number][] = [];
  const hours: Record<string, Record<string, string>> = {};
  for (const row of body(contractors)) {
    const [effectId = "", organisation = "", letter = "", costs = ""] = row.cells;
    if (effectId === "") continue;
    const role = roleOf(letter);
    const { effort, rest } = effortOf(costs);
    if (rest !== undefined)
      findings.push(
        finding(
          "contractor-hours",
          "note",
          contractors.file,
          row.line,
          "direct hours only",
          rest,
          `${organisation} (${effectId}): \`${rest}\` is effort without a figure`,
        ),
      );
    for (const e of effort)
      if (e.kind === "directHours") hours[effectId] = { ...hours[effectId], [organisation]: e.hours };
    blocks.push({ effectId, organisation, role, effort });
    const listed = effectOf(effectId).partners;
    const match = listed
      .map((p) => ({ p, m: matchContractorName(p.organisation, organisation) }))
      .find((x) => x.m !== "different");
    if (match === undefined) {
      findings.push(
        finding(
          "contractor-not-listed",
          "discrepancy",
          contractors.file,
          row.line,
          `a partner of ${effectId}'s partner list`,
          organisation,
          `effect ${effectId} has a block for ${organisation}, which its partner list does not name`,
        ),
      );
      continue;
    }
    if (match.m === "variant")
      findings.push(
        finding(
          "contractor-name",
          "note",
          contractors.file,
          row.line,
          match.p.organisation,
          organisation,
          `${organisation} (${effectId}) read as the partner list's \`${match.p.printed}\``,
          {},
        ),
      );
    const listedRole = match.p.role ?? "unmarked";
    if (listedRole !== "unmarked" && listedRole !== role)
      findings.push(
        finding(
          "contractor-role",
          "discrepancy",
          contractors.file,
          row.line,
          LETTER[listedRole],
          LETTER[role],
          `effect ${effectId}: the partner list names \`${match.p.printed}\`, its block has ${role === "unmarked" ? "no letter" : `letter ${LETTER[role]}`}`,
          {},
        ),
      );
  }
  const effectsJson = [...out.values()].map(({ partners, targetGroups, indicatorIds, ...e }) => ({
    ...e,
    ...(indicatorIds.length === 0 ? {} : { indicatorIds }),
    ...(targetGroups.length === 0 ? {} : { targetGroups }),
    ...(partners.length === 0
      ? {}
      : {
          partners: partners.map((p) => ({
            organisation: p.organisation,
            ...(p.role === undefined ? {} : { role: p.role }),
          })),
        }),
  }));
  return { effects: effectsJson, indicators, results, activities, contractors: blocks, hours, findings };
};
