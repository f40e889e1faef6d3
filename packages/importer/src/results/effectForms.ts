import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table, TableRow } from "../table/readTable";
import { type Columns, type Layout, column, readColumns, ruleOf } from "./columns";
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

const EFFECT = column("effect", "Effect", true, /^effect$/i, /^effect\s*(nr|nummer|code)/i, /^nr\.?$/i);
const CONTRACTOR = column(
  "organisation",
  "Opdrachtnemer",
  true,
  /^opdrachtnemer/i,
  /^uitvoerder/i,
  /^organisatie/i,
);
const ROLE = column("role", "Rol", false, /^rol\b/i, /^t\s*\/\s*p$/i);
const PART = column("part", "Onderdeel", true, /^onderdeel/i, /^veld/i, /^rubriek/i);
const TEXT = column("text", "Tekst", true, /^tekst/i, /^inhoud/i, /^omschrijving/i);

const EFFECTS: Layout<"effect" | "part" | "text" | "count" | "role"> = {
  kind: "effect-form",
  rule: "an effect form in long format (Effect | Onderdeel | Tekst | Aantal | Rol)",
  columns: [EFFECT, PART, TEXT, column("count", "Aantal", false, /^aantal/i), ROLE],
};
const ASSIGNMENTS: Layout<"effect" | "organisation" | "role" | "part" | "text"> = {
  kind: "effect-assignments",
  rule: "the assignments of an effect form (Effect | Opdrachtnemer | Rol | Onderdeel | Tekst)",
  columns: [EFFECT, CONTRACTOR, ROLE, PART, TEXT],
};
const CONTRACTORS: Layout<"effect" | "organisation" | "role" | "costs"> = {
  kind: "effect-contractors",
  rule: "the contractor blocks of an effect form (Effect | Opdrachtnemer | Rol | Kosten en baten)",
  columns: [
    EFFECT,
    CONTRACTOR,
    ROLE,
    column("costs", "Kosten en baten", false, /^kosten/i, /^inzet/i, /^uren/i),
  ],
};

/** The form's fields, by the `Onderdeel` printed: ordered rules, first match wins. */
type Field =
  | "title"
  | "portfolio"
  | "priority"
  | "intended"
  | "indicator"
  | "targetGroup"
  | "partner"
  | "ignored";
const FIELDS: readonly [RegExp, Field][] = [
  [/^titel/i, "title"],
  [/^(verantwoordelijkheid|portefeuillehouder)/i, "portfolio"],
  [/^prioriteit/i, "priority"],
  [/^beoogd (maatschappelijk )?effect/i, "intended"],
  [/^effect\s*indicator/i, "indicator"],
  [/^doelgroep/i, "targetGroup"],
  [/^samenwerkingspartner/i, "partner"],
  [/^(richtlijn|opmerking)/i, "ignored"],
];

const rowsOf = <K extends string>(
  table: Table,
  layout: Layout<K>,
  findings: Discrepancy[],
): { cols: Columns<K> | undefined; rows: readonly TableRow[] } => {
  const read = readColumns(table, layout);
  findings.push(...read.findings);
  return { cols: read.columns, rows: read.columns?.body ?? [] };
};

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
          coded("effect-baseline-in-period", {
            year: String(year),
            start: String(periodYears.start),
            end: String(periodYears.end),
          }),
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
          coded("effect-indicator-no-target", { indicator: id }),
        ),
      );
    indicators.push({ id, kind, text, target: read.target, ...(baseline === undefined ? {} : { baseline }) });
    effectOf(effectId).indicatorIds.push(id);
  };
  const ef = rowsOf(effects, EFFECTS, findings);
  for (const row of ef.rows) {
    const at = (k: "effect" | "part" | "text" | "count" | "role") => ef.cols?.cell(row, k) ?? "";
    const [effectId, part, text, count, role] = [
      at("effect"),
      at("part"),
      at("text"),
      at("count"),
      at("role"),
    ];
    if (effectId === "") continue;
    const e = effectOf(effectId);
    const field = FIELDS.find(([rx]) => rx.test(part))?.[1];
    if (field === undefined)
      findings.push(
        finding(
          "frame-label",
          "note",
          effects.file,
          row.line,
          "a field of the effect form",
          part,
          coded("effect-unknown-part", { ...ruleOf(EFFECTS), part }),
        ),
      );
    switch (field) {
      case "title":
        e.title = text;
        break;
      case "portfolio":
        e.portfolioHolder = text;
        break;
      case "priority":
        if (/^[ABC]$/.test(text)) e.priority = text;
        break;
      case "intended":
        e.intendedEffect = text;
        break;
      case "indicator":
        indicator(effectId, "outcome", text, row.line, effects.file);
        break;
      case "targetGroup": {
        const approximate = /^ca\.?\s*/i.test(count);
        const digits = count.replace(/^ca\.?\s*/i, "").replace(/\./g, "");
        e.targetGroups.push({
          label: text,
          ...(/^\d+$/.test(digits) ? { count: Number(digits) } : {}),
          ...(approximate ? { approximate } : {}),
        });
        break;
      }
      case "partner":
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
  const as = rowsOf(assignments, ASSIGNMENTS, findings);
  for (const row of as.rows) {
    const at = (k: "effect" | "organisation" | "part" | "text") => as.cols?.cell(row, k) ?? "";
    const [effectId, organisation, part, text] = [at("effect"), at("organisation"), at("part"), at("text")];
    if (effectId === "" || text === "") continue;
    const id = `${effectId}-l${row.line}`;
    // "Prestatie/resultaat-indicator", "Indicatoren" (1.2 Torion): an indicator before a result.
    if (/^activiteit/i.test(part)) activities.push({ id, effectId, text, contractor: organisation });
    else if (/indicator/i.test(part)) indicator(effectId, "output", text, row.line, assignments.file);
    else if (/^resultaat/i.test(part)) results.push({ id, effectId, text });
  }
  const blocks: EffectFormsRead["contractors"][number][] = [];
  const hours: Record<string, Record<string, string>> = {};
  const cs = rowsOf(contractors, CONTRACTORS, findings);
  for (const row of cs.rows) {
    const at = (k: "effect" | "organisation" | "role" | "costs") => cs.cols?.cell(row, k) ?? "";
    const [effectId, organisation, letter, costs] = [
      at("effect"),
      at("organisation"),
      at("role"),
      at("costs"),
    ];
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
          coded("contractor-effort-without-figure", { organisation, effect: effectId, rest }),
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
          coded("contractor-not-in-list", { effect: effectId, organisation }),
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
          coded("contractor-read-as", { organisation, effect: effectId, printed: match.p.printed }),
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
          coded("contractor-letter", {
            effect: effectId,
            printed: match.p.printed,
            ...(role === "unmarked" ? {} : { letter: LETTER[role] }),
          }),
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
