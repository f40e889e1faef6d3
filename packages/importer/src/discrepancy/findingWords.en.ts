import { parseDecimal } from "@grant-ledger/core";
import { formatDutch } from "../table/dutchFormat";
import type { FindingCode, FindingValues, ImportFindingFormats, ImportFindingWords } from "./findingCode";

const q = (s: string): string => JSON.stringify(s);

/** The formats of the recorded message: exact amounts with their kind, money as the documents print it. */
export const MESSAGE_FORMATS: ImportFindingFormats = {
  units: (amount, kind) => `${amount} ${kind}`,
  number: (text) => {
    const d = parseDecimal(text);
    return d === undefined ? text : formatDutch(d);
  },
  kind: (kind) => kind,
};

const FIGURES: Readonly<Record<FindingValues["printed-total"]["figure"], string>> = {
  costs: "costs",
  contributions: "contributions",
  grant: "grant",
  shortfall: "costs − contributions",
  deficit: "costs − contributions − grant",
};

const WHY: Readonly<Record<FindingValues["budget-lump-sum"]["why"], string>> = {
  "no-tariff": "no tariff",
  "no-fte-or-hours": "no fte or hours",
};

const summaryRow = (v: { row: string; name?: string }): string =>
  v.row === "total" ? "the total" : v.row === "subtotal" ? `${v.name}'s subtotal` : (v.name ?? "");

/** What a goal table's cell marked to be determined is, in the English message. */
export const TBD_PARTS: Readonly<Record<FindingValues["goal-to-be-determined"]["part"], string>> = {
  ambition: "the ambition",
  result: "a result",
  activity: "an activity",
};

/** The reach categories in English words, as the recorded messages name them. */
const CATEGORIES: Readonly<Record<FindingValues["reach-category-total"]["category"], string>> = {
  residents: "residents",
  volunteers: "volunteers",
  chainPartners: "chain partners",
};
const category = (c: string): string => CATEGORIES[c as keyof typeof CATEGORIES] ?? c;

/** A category split's `parts` (`category count`, one per line) as `residents 160 + volunteers 50`. */
const splitParts = (parts: string, word: (category: string) => string, plus = " + "): string =>
  parts
    .split("\n")
    .map((line) => {
      const [c = "", count = ""] = line.split(" ");
      return `${word(c)} ${count}`.trim();
    })
    .join(plus);

const PLANNING_FIGURES: Readonly<Record<FindingValues["planning-stated-total"]["figure"], string>> = {
  participants: "participants per phase",
  activeResidents: "active residents (participants and maatjes) per phase",
};

/** Every coded finding in English: the importer's recorded `message`, and the CLI's English. */
export const englishImportFindingWords = (f: ImportFindingFormats): ImportFindingWords => {
  const { units: u, number: n } = f;
  /** A printed cell: its quantity, the text that is not one, or an empty cell. */
  const reading = (amount: string | undefined, kind: string | undefined, text: string | undefined) =>
    amount !== undefined && kind !== undefined
      ? u(amount, kind)
      : text !== undefined
        ? q(text)
        : "an empty cell";
  const found = (v: { found?: string; foundKind?: string; foundText?: string }) =>
    reading(v.found, v.foundKind, v.foundText);
  return {
    "empty-file": (v) => `${v.file} is empty`,
    "unparseable-file": (v) => `${v.file} cannot be split into rows: ${v.reason}`,
    "matrix-no-column": (v) => `result area ${v.resultArea} has no ${v.column} column in its header`,
    "matrix-unnamed-column": (v) =>
      `column ${v.column} of result area ${v.resultArea} has no heading; its values are not read`,
    "matrix-separator-row": (v) => `a separator row in result area ${v.resultArea}; it is not read`,
    "matrix-label-only-row": (v) =>
      `row ${q(v.label)} has only its first cell filled (a heading, or a work type with nothing stated); it is not read`,
    "matrix-misaligned-row": (v) =>
      `row ${q(v.label)} does not line up with the header; values are read by position`,
    "matrix-row-without-work-type": (v) =>
      `a row without work type before the last row of result area ${v.resultArea}; it is not read`,
    "matrix-not-a-number": (v) => `${v.workType ?? "column totals"}, ${v.column}: ${v.reason}`,
    "matrix-mixed-kinds": (v) =>
      `row ${q(v.label)} mixes ${v.kinds.split(",").map(f.kind).join(" and ")}; its totals are not checked`,
    "matrix-several-work-types": (v) =>
      `row ${q(v.label)} names several work types; its units are read as one row ${v.workType}, not split`,
    "matrix-duplicate-work-type": (v) =>
      `work type ${v.workType} appears twice in result area ${v.resultArea}; the second row is not read`,
    "matrix-duplicate-product": (v) =>
      `product ${q(v.product)} of ${v.workType} appears twice in result area ${v.resultArea}; the second row is not read`,
    "matrix-no-total-row": (v) =>
      `result area ${v.resultArea} has no row of column totals; column totals are not checked`,
    "matrix-row-total": (v) =>
      `Totaal of ${v.resultArea}/${v.workType}${v.product === undefined ? "" : ` (${v.product})`} is ${found(v)}, its districts add up to ${u(v.amount, v.kind)}`,
    "matrix-column-total": (v) =>
      `column ${v.district} of result area ${v.resultArea} totals ${found(v)}, its cells add up to ${u(v.amount, v.kind)}`,
    "matrix-grand-total": (v) =>
      `the ${v.column} column of result area ${v.resultArea} totals ${found(v)}, its rows add up to ${u(v.amount, v.kind)}`,
    "matrix-products-of": (v) =>
      `the rows of result area ${v.resultArea} are read as products of ${v.workType}, which line ${v.line} names; their cells add up to the ${v.workType} cells`,
    "matrix-rows-as-work-types": (v) =>
      `the rows of result area ${v.resultArea} are read as work types, though they are not codes; if they are products of one work type, say which with "workType" for this result area in the manifest`,
    "matrix-no-district-column": (v) =>
      `result area ${v.resultArea} has no column for district ${v.district}`,
    "matrix-no-annex-column": (v) =>
      `result area ${v.resultArea} has no column for ${v.district}; the annex cannot be compared with it`,
    "annex-extra-values": () => "values beyond the units column; the row is not read",
    "annex-row-without-work-type": () => "a row without work type; the row is not read",
    "annex-row-without-units": (v) => `row ${v.workType} has no units; the row is not read`,
    "annex-heading-unknown-area": (v) =>
      `${q(v.label)}, alone on its line, matches no result area of the manifest; the rows below it are not compared`,
    "annex-label-unknown-area": (v) =>
      `${q(v.label)} matches no result area of the manifest; its rows are not compared`,
    "annex-separator-row": (v) => `a separator row in the annex for ${v.district}; it is not read`,
    "annex-first-row-no-area": () =>
      "the first row of the annex names no result area; its rows are not compared",
    "annex-several-work-types": (v) =>
      `${q(v.workType)} names several work types; its units cannot be split between them and are not compared`,
    "annex-not-a-number": (v) => v.reason,
    "annex-no-units": (v) => `no units for ${v.workType}`,
    "annex-duplicate-row": (v) =>
      `${v.row} appears twice in the annex for ${v.district}; the second row is not compared`,
    "annex-no-total-row": (v) => `the annex for ${v.district} has no total row; its total is not checked`,
    "annex-total-not-a-number": (v) => `total of ${v.district}: ${v.reason}`,
    "annex-total": (v) =>
      `the annex for ${v.district} totals ${found(v)}, its rows add up to ${u(v.amount, v.kind)}`,
    "annex-slipped-units": (v) =>
      `the units of lines ${v.from}–${v.to} have slipped one row up against their labels; shifted back they read ${v.rows
        .split("; ")
        .map((r) => `line ${r}`)
        .join(", ")}, and are compared so`,
    "annex-mismatch": (v) => {
      const table =
        v.tableHas === "no-row"
          ? `no row ${v.workType}`
          : v.tableHas === "no-cell"
            ? "nothing"
            : reading(v.table, v.tableKind, v.tableText);
      return `${v.resultArea}/${v.workType}/${v.district}: the annex says ${u(v.amount, v.kind)}${v.printedOn === undefined ? "" : ` (printed on line ${v.printedOn}, shifted back)`}, ${v.tableFile}${v.tableLine === undefined ? "" : `:${v.tableLine}`} says ${table}`;
    },
    "annex-missing-row": (v) =>
      `${v.tableFile}:${v.tableLine} gives ${v.resultArea}/${v.workType}/${v.district} = ${u(v.amount, v.kind)}, the annex for ${v.district} has no such row`,
    "printed-total-unknown": (v) => `${q(v.label)} is not a total the importer knows; not checked`,
    "printed-total-not-a-number": (v) => `${v.label}: ${v.reason}`,
    "printed-grant-not-given": (v) =>
      `${v.label} ${v.raw} is printed, but the manifest gives no grant: not checked, and the deficit counts a grant of 0`,
    "printed-total": (v) =>
      `${v.label}: ${FIGURES[v.figure]} computes to € ${n(v.computed)}, printed ${v.raw}`,
    "budget-lump-sum": (v) => `${v.service}: ${WHY[v.why]}, read as a lump sum of € ${v.raw}`,
    "budget-to-be-determined": (v) =>
      `${v.service}: ${WHY[v.why]} and ${v.raw ?? "an empty Totaal"}: its amount is to be determined`,
    "budget-hours": (v) =>
      `${v.service}: ${v.fte} fte × ${n(v.hoursPerFte)} = ${n(v.exact)} hours, printed ${v.raw}`,
    "budget-amount": (v) =>
      `${v.service}: ${n(v.hours)} hours × € ${v.tariff} = € ${n(v.exact)}, printed ${v.raw}`,
    "budget-no-subtotal": (v) => `budget ${q(v.budget)} has no Subtotaal row; its subtotal is not checked`,
    "budget-subtotal": (v) =>
      `${v.label} of ${q(v.budget)} is ${v.raw}; the exact amounts add up to € ${n(v.exact)}${v.printedLines === undefined ? "" : `, the printed lines to ${n(v.printedLines)}`}`,
    "budget-missing-column": (v) =>
      `budget ${q(v.budget)} has no ${v.column} column; checks that need it are skipped`,
    "budget-empty-value": (v) => `${v.service}: no ${v.column}`,
    "budget-not-a-number": (v) => `${v.service}, ${v.column}: ${v.reason}`,
    "cost-lines-no-header": (v) => `cost lines ${q(v.name)} have no Wat | Kosten header: nothing is read`,
    "cost-line-not-a-number": (v) => `${v.description}: ${v.reason}`,
    "cost-calculation-unreadable": (v) =>
      `${v.description}: the brackets are not a calculation that can be checked (${v.reason}); the printed amount is taken as a lump sum`,
    "cost-calculation": (v) => `${v.description}: ${v.calculation} = € ${n(v.exact)}, printed ${v.raw}`,
    "cost-implausible-rate": (v) =>
      `${v.description}: adds up, but € ${n(v.rate)} an hour is not a plausible tariff; the line presumably counts something else (trajectories), as ${n(v.hours)} × € ${n(v.rate)}`,
    "cost-unusual-weeks": (v) =>
      `${v.description}: costed for ${n(v.amount)} ${v.unit}, while ${v.others} other line(s) use ${v.usual}`,
    "cost-to-be-determined": (v) => `${v.description}: no amount; it is to be determined`,
    "cost-section-total": (v) => `${v.section}: the lines add up to € ${n(v.exact)}, printed ${v.raw}`,
    "contributions-missing-column": (v) =>
      `contributions: no ${v.columns.split(",").join(" or ")} column; nothing is read`,
    "contributions-total": (v) => `the contributions add up to € ${n(v.exact)}, printed ${v.raw}`,
    "contribution-role": (v) =>
      `${v.party}: ${v.role === undefined ? "no role given" : `role ${q(v.role)} is not known`}; read as co-funder`,
    "contribution-without-party": () => "a contribution without a party: not read",
    "contribution-hours-rate": (v) => `${v.party}, ${v.item}: cannot read the hours or the rate`,
    "contribution-in-kind": (v) =>
      `${v.party}, ${v.item}: ${v.hours} uur × € ${v.rate} = € ${n(v.exact)}, printed ${v.raw}`,
    "contribution-not-a-number": (v) => `${v.party}, ${v.item}: ${v.reason}`,
    "results-deadline-spelling": (v) => `deadline \`${v.printed}\` read as ${v.date}`,
    "results-activity-without-result": (v) => `activity \`${v.activity}\` states no objective and no result`,
    "results-team-not-work-type": (v) =>
      `\`${v.team}\` is a team, not a work type of the matrix: the result is placed with the team`,
    "results-no-work-type": () => "the row names no work type: the result is placed at the district",
    "results-words-not-work-type": (v) => `\`${v.words}\` in the work-type cell is no work-type code`,
    "results-unfunded-work-type": (v) =>
      `${v.workType} has no units in ${v.cell}: the result names a cell the contract does not fund`,
    "summary-reach-against-services": (v) =>
      `${v.heading}: the summary states reach ${v.stated}, its services table (${v.services}) adds up to ${v.planned}`,
    "summary-not-counted": (v) => `${summaryRow(v)}: \`${v.printed}\` is not counted`,
    "summary-not-a-number": (v) => `${summaryRow(v)}: \`${v.printed}\` is not a number`,
    "summary-total-reach": (v) =>
      `the total reach ${v.printed} is not the subtotals plus the reach for all opgaves, ${v.sum}`,
    "summary-subtotal-reach": (v) =>
      `${v.opgave}: the subtotal ${v.printed} is not the sum of its services, ${v.sum}`,
    "results-missing-columns": (v) =>
      `${v.rule}: no column ${v.columns
        .split("\n")
        .map((c) => `\`${c}\``)
        .join(", ")} in the header (\`${v.header}\`); the table is not read`,
    "results-unknown-column": (v) =>
      `${v.rule}: column \`${v.column}\` is not one it reads; its cells are left out`,
    "impact-without-opgave": (v) => `${v.rule}: impact \`${v.impact}\` has no opgave above it`,
    "policy-row-without-text": (v) => `${v.rule}: the row has no Tekst; skipped`,
    "policy-unknown-heading": (v) =>
      `${v.rule}: heading \`${v.heading}\` is none the importer records; its ${v.rows} rows are counted only`,
    "effect-unknown-part": (v) =>
      `${v.rule}: onderdeel \`${v.part}\` is none the importer reads; row skipped`,
    "frame-not-a-label": (v) => `\`${v.label}\` is not a frame label; row skipped`,
    "goal-to-be-determined": (v) =>
      `${TBD_PARTS[v.part]} reads \`${v.printed}\`: recorded as to be determined`,
    "goal-effect-one-letter-off": (v) =>
      `effect \`${v.title}\` read as \`${v.known}\` (line ${v.line}), one letter off`,
    "goal-results-not-indicators": (v) => `the results say \`${v.results}\`: they are not yet indicators`,
    "impact-row-without-impact": (v) => `opgave \`${v.opgave}\` has a row without an impact`,
    "impact-twice": (v) => `opgave \`${v.opgave}\` names impact \`${v.impact}\` twice: recorded once`,
    "impact-opgave-not-in-summary": (v) =>
      `the impact list names opgave \`${v.opgave}\`, which ${v.summary} does not head`,
    "summary-opgave-without-impact": (v) => `opgave \`${v.opgave}\` has no impact in ${v.impact}`,
    "policy-listed-count": (v) => `\`${v.heading}\` says ${v.stated} items, ${v.listed} are listed`,
    "policy-code-reading": (v) => `code \`${v.printed}\` among letter codes is read as ${v.read}`,
    "policy-planning-no-month": (v) =>
      `planning \`${v.code}\` is due \`${v.when}\`: no month read, recorded without a deadline`,
    "policy-planning-deadline": (v) =>
      `planning \`${v.code}\` is due \`${v.when}\`: read as ${v.deadline}, the end of the last month named, in ${v.year}`,
    "frame-effect-read-as": (v) =>
      `effect \`${v.title}\` read as ${v.file}:${v.line} \`${v.effect}\`${v.without === undefined ? ", one letter off" : `, shortened (without \`${v.without}\`)`}`,
    "frame-effect-not-in-frame": (v) =>
      `effect \`${v.title}\` is not one of the maatschappelijke effecten of ${v.frame}${v.fromLine === undefined ? "" : ` (lines ${v.fromLine}–${v.toLine})`}; ${
        v.policyGoal === undefined
          ? "nor a policy goal of the frame"
          : `it reads as policy goal ${v.policyGoal} (${v.frame}:${v.policyLine} \`${v.policyTitle}\`)${v.without === undefined ? "" : `, shortened: without \`${v.without}\``}`
      }`,
    "frame-effect-without-any-table": (v) =>
      `effect \`${v.effect}\` appears in no goal table, and every work field has one`,
    "frame-effect-without-table": (v) =>
      `effect \`${v.effect}\` appears in no goal table read${
        v.workFields === undefined
          ? ""
          : `; the goal table of ${v.workFields
              .split("\n")
              .map((w) => `\`${w}\``)
              .join(", ")} is not in the manifest`
      }`,
    "effect-baseline-in-period": (v) =>
      `the baseline's reference moment ${v.year} lies within the agreement's period ${v.start}–${v.end}`,
    "effect-indicator-no-target": (v) =>
      `indicator ${v.indicator} states no target the importer reads; kept as to be determined`,
    "contractor-effort-without-figure": (v) =>
      `${v.organisation} (${v.effect}): \`${v.rest}\` is effort without a figure`,
    "contractor-not-in-list": (v) =>
      `effect ${v.effect} has a block for ${v.organisation}, which its partner list does not name`,
    "contractor-read-as": (v) =>
      `${v.organisation} (${v.effect}) read as the partner list's \`${v.printed}\``,
    "contractor-letter": (v) =>
      `effect ${v.effect}: the partner list names \`${v.printed}\`, its block has ${v.letter === undefined ? "no letter" : `letter ${v.letter}`}`,
    // Exact figures as the importer has always recorded them (`1055`), not in the documents' notation.
    "services-total-not-a-number": (v) => `the total \`${v.printed}\` is no number`,
    "services-total-reach": (v) =>
      `the printed total reach ${v.printed} is not the sum of the services, ${v.sum}`,
    "services-no-reach": (v) => `no reach printed for \`${v.service}\``,
    "services-reach-shared": (v) =>
      `no reach printed for \`${v.service}\`: the figure of the row above covers both`,
    "services-reach-to-be-determined": (v) =>
      `reach \`${v.printed}\` of \`${v.service}\` is to be determined and not counted in the total`,
    "services-reach-not-whole": (v) => `reach \`${v.printed}\` of \`${v.service}\` is no whole number`,
    "services-reach-footnote": (v) =>
      `reach \`${v.printed}\` of \`${v.service}\` carries a footnote mark; read as ${v.read}`,
    "reach-category-not-whole": (v) =>
      `the ${category(v.category)} reach \`${v.printed}\` of \`${v.service}\` is no whole number`,
    "reach-categories-over-reach": (v) =>
      `the reach of \`${v.service}\` per category (${splitParts(v.parts, category)} = ${v.sum}, the rest to be determined) is more than its stated reach ${v.stated}`,
    "reach-categories-not-reach": (v) =>
      `the reach of \`${v.service}\` per category (${splitParts(v.parts, category)} = ${v.sum}) is not its stated reach ${v.stated}`,
    "reach-category-total": (v) =>
      `the printed total ${category(v.category)} reach ${v.printed} is not the sum of the services, ${v.sum}`,
    "results-not-decoding": (v) =>
      `the results framework read from the documents does not decode: ${v.reason}`,
    "planning-period-deadline": (v) => `period \`${v.period}\` is due at its end, read as ${v.deadline}`,
    "planning-period-no-end": (v) =>
      `period \`${v.period}\` names no end that reads as a date: its milestones have no deadline`,
    "planning-row-in-period": (v) => `the row has no period label: read as part of \`${v.period}\` above`,
    "planning-stated-total": (v) =>
      `the ${PLANNING_FIGURES[v.figure] ?? v.figure} add up to ${v.sum}, the planning states ${v.stated} in all`,
  };
};

const MESSAGES = englishImportFindingWords(MESSAGE_FORMATS);

/** Only the defined values: what a recorded finding carries (JSON drops the rest anyway). */
const defined = (values: object): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as Record<string, string>;

/** What `coded` gives: the parts of a `Discrepancy` that say what the finding is. */
export interface Coded {
  readonly code: FindingCode;
  readonly values: Record<string, string>;
  readonly message: string;
}

/**
 * A finding's code, values and English message, spread into a `Discrepancy`: the message is
 * worded from the values, so it and every other language say the same.
 */
export const coded = <C extends FindingCode>(code: C, values: FindingValues[C]): Coded => ({
  code,
  values: defined(values),
  message: MESSAGES[code](values),
});
