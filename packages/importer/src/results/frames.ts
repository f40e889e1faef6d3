import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import type { Table } from "../table/readTable";
import { finding } from "./finding";

export interface FrameRead {
  readonly effects: readonly Record<string, unknown>[];
  readonly subGoals: readonly Record<string, unknown>[];
  readonly activities: readonly Record<string, unknown>[];
  /** Labelled parts read, per label. */
  readonly parts: Record<string, number>;
  readonly findings: readonly Discrepancy[];
}

type Part = "frame" | "approach" | "mainGoals" | "interventions" | "intended";
/** The five labels of the README, with and without a colon, with or without a period (`2007/2008`). */
const LABELS: readonly [RegExp, Part][] = [
  [/^kaders voor de inzet\b/i, "frame"],
  [/^inzet sedna\b/i, "approach"],
  [/^hoofddoelen inzet\b/i, "mainGoals"],
  [/^interventies\b/i, "interventions"],
  [/^beoogde resultaten\s*\/\s*effecten\b/i, "intended"],
];

/**
 * A `kader-arrangement-N` block: the 2007 goal hierarchy of one result area, as
 * frame → main goals → interventions → intended results. Read into the framework as one
 * effect per result area (its frame as title, its intended results as the intended effect,
 * linked to the result area), the main goals as its sub-goal and each intervention row as an
 * activity, the provider's approach (`Inzet Sedna`) among them. A row with an empty first cell
 * continues the label above (kader 2's `Andere interventies`). The blocks have no numbers, so
 * nothing is added up; a label the README does not list is a note.
 */
export const parseFrame = (table: Table, resultArea: string): FrameRead => {
  const file = table.file;
  const findings: Discrepancy[] = [];
  const texts: Record<Part, string[]> = {
    frame: [],
    approach: [],
    mainGoals: [],
    interventions: [],
    intended: [],
  };
  let current: Part | undefined;
  for (const row of table.rows) {
    const [label = "", text = ""] = row.cells;
    if (label === "" && text === "") continue;
    if (label !== "") {
      const part = LABELS.find(([rx]) => rx.test(label))?.[1];
      if (part === undefined) {
        findings.push(
          finding(
            "frame-label",
            "note",
            file,
            row.line,
            "a frame label",
            label,
            coded("frame-not-a-label", { label }),
          ),
        );
        current = undefined;
        continue;
      }
      current = part;
    }
    if (current !== undefined && text !== "") texts[current].push(text);
  }
  const id = `kader-${resultArea}`;
  const links = { resultAreas: [resultArea] };
  const title = texts.frame.join(" ") || `Resultaatgebied ${resultArea}`;
  const intended = texts.intended.join(" ");
  const effects = [{ id, title, ...(intended === "" ? {} : { intendedEffect: intended }), links }];
  const subGoals = texts.mainGoals.map((text, i) => ({
    id: `${id}-hoofddoel${i + 1}`,
    effectId: id,
    text,
    links,
  }));
  const activities = [
    ...texts.approach.map((text, i) => ({
      id: `${id}-inzet${i + 1}`,
      effectId: id,
      text,
      contractor: "Sedna",
      links,
    })),
    ...texts.interventions.map((text, i) => ({ id: `${id}-interventie${i + 1}`, effectId: id, text, links })),
  ];
  const parts = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.length]));
  return { effects, subGoals, activities, parts, findings };
};
