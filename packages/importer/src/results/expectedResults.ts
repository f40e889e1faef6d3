import { type Matrix, isFunded, position, positionKey } from "@grant-ledger/core";
import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { slug } from "../naming/slug";
import type { Table, TableRow } from "../table/readTable";
import { type Layout, column, readColumns } from "./columns";
import { parseDeadline } from "./deadline";
import { finding } from "./finding";

const LAYOUT: Layout<"activity" | "workType" | "objective" | "result"> = {
  kind: "result-list",
  rule: "a result list (Activiteit | Werksoort or Doelstelling | Resultaat per <deadline>)",
  columns: [
    column("activity", "Activiteit", true, /^a[ck]tiviteit/i),
    column("workType", "Werksoort", false, /^werksoort/i),
    column("objective", "Doelstelling", false, /^doelstelling/i, /^doel\b/i),
    column("result", "Resultaat per …", true, /^(effect\s*\/\s*)?resultaat/i, /^effect\b/i),
  ],
};
import { type BaselineJson, type TargetJson, parseBaseline, parseTarget } from "./indicatorText";
import { parseWorkTypeCell } from "./workTypeCell";

/** A framework result and its activity in wire form (decoded by the core's codec before use). */
export interface ResultJson {
  readonly id: string;
  readonly text: string;
  readonly objective?: string;
  readonly placement: {
    readonly resultArea: string;
    readonly district: string;
    readonly village?: string;
    readonly workTypes?: readonly string[];
    readonly team?: string;
  };
  readonly deadline?: string;
  readonly indicatorIds?: readonly string[];
}
/** An output indicator read from a result's text ("Er is minimaal 1 kinderclub gestart"). */
export interface ResultIndicatorJson {
  readonly id: string;
  readonly kind: "output";
  readonly text: string;
  readonly target: TargetJson;
  readonly baseline?: BaselineJson;
}
export interface ActivityJson {
  readonly id: string;
  readonly text: string;
  readonly resultId?: string;
}

export interface ExpectedResultList {
  readonly district: string;
  readonly resultArea: string;
  readonly file: string;
  /** Rows with content: captions, header, village rows, blank and separator lines not counted. */
  readonly rows: number;
  readonly results: readonly ResultJson[];
  readonly activities: readonly ActivityJson[];
  readonly indicators: readonly ResultIndicatorJson[];
  readonly findings: readonly Discrepancy[];
}

// Figures in a result's text, years (2005, 2007) and dates (31-12-07) aside.
const FIGURES = /(?<![\d.,-])\d+(?:[.,]\d+)*(?![\d-])/g;
const isYear = (f: string) => /^(19|20)\d\d$/.test(f);

/**
 * A result's own target, when its text states exactly one figure with a comparator
 * ("minimaal 80 kinderen", "met 5% toegenomen"). With two figures ("minimaal 20 vrijwilligers;
 * er zijn 120 deelnemers") which one the comparator binds is a reading, not a fact: no target.
 */
const resultTarget = (text: string): TargetJson | undefined => {
  const figures = (text.match(FIGURES) ?? []).filter((f) => !isYear(f));
  return figures.length === 1 ? parseTarget(text) : undefined;
};

const isSeparator = (r: TableRow) => r.cells.every((c) => /^-*$/.test(c)) && r.cells.some((c) => c !== "");

/**
 * One `resultaten-<district>-<N>` list of the 2007 agreement: a caption row, a header
 * (`Activiteit | Werksoort | Resultaat per 31-12-07`, or De Blokken's `Activiteit |
 * Doelstelling | Effect/resultaat per …` without work types), then one result per row. With a
 * work-type column, a row with only its first cell names a village; without one it is an
 * activity with nothing stated. An empty first cell continues the activity above.
 */
export const parseExpectedResults = (
  table: Table,
  district: string,
  resultArea: string,
  contract: Matrix,
): ExpectedResultList => {
  const file = table.file;
  const findings: Discrepancy[] = [];
  const results: ResultJson[] = [];
  const activities: ActivityJson[] = [];
  const indicators: ResultIndicatorJson[] = [];
  const read = readColumns(table, LAYOUT);
  findings.push(...read.findings);
  const cols = read.columns;
  if (cols === undefined)
    return { district, resultArea, file, rows: 0, results, activities, indicators, findings };
  const header = cols.header;
  const hasWorkTypes = cols.has("workType");
  const deadline = parseDeadline(cols.cell(header, "result"));
  if (deadline?.odd)
    findings.push(
      finding(
        "deadline-spelling",
        "note",
        file,
        header.line,
        "dd-mm-yyyy",
        deadline.printed,
        coded("results-deadline-spelling", { printed: deadline.printed, date: deadline.date }),
      ),
    );
  const idBase = `${slug(district)}-${resultArea}`;
  let village: string | undefined;
  let activity: string | undefined;
  let rows = 0;
  for (const row of cols.body) {
    if (isSeparator(row)) continue;
    const first = cols.cell(row, "activity");
    const second = cols.cell(row, hasWorkTypes ? "workType" : "objective");
    const third = cols.cell(row, "result");
    if (first !== "" && second === "" && third === "") {
      if (hasWorkTypes) village = first;
      else {
        activity = first;
        activities.push({ id: `${idBase}-l${row.line}-activiteit`, text: first });
        findings.push(
          finding(
            "activity-without-result",
            "note",
            file,
            row.line,
            "an objective or a result",
            "nothing",
            coded("results-activity-without-result", { activity: first }),
            { resultArea, district },
          ),
        );
      }
      continue;
    }
    rows++;
    if (first !== "") activity = first;
    const id = `${idBase}-l${row.line}`;
    const cell = hasWorkTypes ? parseWorkTypeCell(second) : undefined;
    const placement = {
      resultArea,
      district,
      ...(village === undefined ? {} : { village }),
      ...(cell === undefined || cell.workTypes.length === 0 ? {} : { workTypes: cell.workTypes }),
      ...(cell?.team === undefined ? {} : { team: cell.team }),
    };
    if (cell !== undefined) {
      if (cell.team !== undefined)
        findings.push(
          finding(
            "not-a-work-type",
            "note",
            file,
            row.line,
            "a work type of the matrix",
            cell.team,
            coded("results-team-not-work-type", { team: cell.team }),
            { resultArea, district },
          ),
        );
      else if (cell.workTypes.length === 0)
        findings.push(
          finding(
            "no-work-type",
            "note",
            file,
            row.line,
            "a work type",
            "nothing",
            coded("results-no-work-type", {}),
            { resultArea, district },
          ),
        );
      if (cell.words.length > 0)
        findings.push(
          finding(
            "not-a-work-type",
            "note",
            file,
            row.line,
            "work-type codes",
            cell.words.join(" "),
            coded("results-words-not-work-type", { words: cell.words.join(" ") }),
            { resultArea, district },
          ),
        );
      for (const w of cell.workTypes) {
        const p = position(resultArea, w, district);
        if (!isFunded(contract, p))
          findings.push(
            finding(
              "unfunded-work-type",
              "note",
              file,
              row.line,
              "units in the contract",
              "none",
              coded("results-unfunded-work-type", { workType: w, cell: positionKey(p) }),
              { resultArea, workType: w, district },
            ),
          );
      }
    }
    const text = third;
    const target = text === "" ? undefined : resultTarget(text);
    const baseline = target === undefined ? undefined : parseBaseline(text);
    if (target !== undefined)
      indicators.push({
        id: `${id}-i1`,
        kind: "output",
        text,
        target,
        ...(baseline === undefined ? {} : { baseline }),
      });
    if (text !== "")
      results.push({
        id,
        text,
        ...(!hasWorkTypes && second !== "" ? { objective: second } : {}),
        placement,
        ...(deadline === undefined ? {} : { deadline: deadline.date }),
        ...(target === undefined ? {} : { indicatorIds: [`${id}-i1`] }),
      });
    activities.push({
      id: `${id}-activiteit`,
      text: activity ?? first,
      ...(text === "" ? {} : { resultId: id }),
    });
  }
  return { district, resultArea, file, rows, results, activities, indicators, findings };
};
