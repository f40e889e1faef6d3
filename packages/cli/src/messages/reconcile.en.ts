import { type DiscrepancyKind, englishImportFindingWords } from "@grant-ledger/importer";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What `reconcile` (and `import`, when it refuses) prints, in English (issue 18). The importer
 * returns the findings as data (kind, place, expected, found); they are worded here.
 */
export const reconcileEn = {
  reconciles: (manifest: string, files: number, notes: number) =>
    `${manifest}: everything reconciles (${plural(files, "file", "files")}${notes === 0 ? "" : `, ${plural(notes, "note", "notes")}`})`,
  discrepancies: (manifest: string, found: number, notes: number) =>
    `${manifest}: ${plural(found, "discrepancy", "discrepancies")}${notes === 0 ? "" : `, ${plural(notes, "note", "notes")}`}`,
  /** What each kind of finding is called at the start of its line. */
  kinds: {
    "empty-file": "empty file",
    "unparseable-file": "unparseable file",
    "missing-column": "missing column",
    "misaligned-row": "misaligned row",
    "not-a-number": "not a number",
    "unit-mismatch": "unit mismatch",
    "duplicate-row": "duplicate row",
    "ambiguous-work-type": "ambiguous work type",
    "missing-total-row": "missing total row",
    "row-total": "row total",
    "column-total": "column total",
    "grand-total": "grand total",
    "offer-total": "offer total",
    "unknown-result-area": "unknown result area",
    "annex-total": "annex total",
    "annex-mismatch": "annex mismatch",
    "annex-missing-row": "row missing from the annex",
    "slipped-units": "slipped units",
    "product-rows": "product rows",
    "budget-hours": "budget hours",
    "budget-amount": "budget amount",
    "budget-subtotal": "budget subtotal",
    "budget-line": "budget line",
    "cost-calculation": "cost calculation",
    "section-total": "section total",
    contribution: "contribution",
    "printed-total": "printed total",
    "deadline-spelling": "deadline spelling",
    "unfunded-work-type": "unfunded work type",
    "no-work-type": "no work type",
    "not-a-work-type": "not a work type",
    "activity-without-result": "activity without result",
    "reach-total": "reach total",
    "reach-figure": "reach figure",
    "contractor-role": "contractor role",
    "contractor-not-listed": "contractor not listed",
    "contractor-name": "contractor name",
    "contractor-hours": "contractor hours",
    "baseline-date": "baseline date",
    "indicator-target": "indicator target",
    "frame-label": "frame label",
    "to-be-determined": "to be determined",
    "unknown-column": "unknown column",
    "impact-opgave": "impact opgave",
    "effect-name": "effect name",
    "effect-not-in-frame": "effect not in the frame",
    "effect-without-table": "effect without a table",
    "listed-count": "listed count",
    "code-reading": "code reading",
    "planning-date": "planning date",
  } satisfies Record<DiscrepancyKind, string> as Readonly<Record<DiscrepancyKind, string>>,
  note: "note",
  /** The importer's own account of the finding (its detail, as recorded with an import). */
  finding: (
    where: string,
    kind: string,
    detail: string,
    expected: string,
    found: string,
    see: string | undefined,
  ) =>
    `${where}  ${kind}: ${detail} (expected ${expected}, found ${found})${see === undefined ? "" : ` [see ${see}]`}`,
  detail: (message: string) => message,
  /** A finding the importer gives as a code and values, worded from them (its `detail`). */
  codedFinding: (
    where: string,
    kind: string,
    worded: string,
    expected: string,
    found: string,
    see: string | undefined,
  ) =>
    `${where}  ${kind}: ${worded} (expected ${expected}, found ${found})${see === undefined ? "" : ` [see ${see}]`}`,
  /** The matrix and money findings by code, in the screen's number formats: the importer's own English. */
  findingWords: englishImportFindingWords,
  contract: "contract per result area (cells as printed):",
  offer: "offer per result area (Offerte column, per row):",
  districts: "per district (annexes):",
  read: (file: string, encoding: string, delimiter: string, sha: string) =>
    `read ${file} (${encoding}, ${delimiter}-separated, sha256 ${sha}…)`,
  unreadable: "cannot read the input:",
  results: {
    expectedResults: "expected results per district (rows per result area):",
    inAll: (n: number) => `(${n} in all)`,
    directHours: "direct hours per effect and contractor:",
    goalTables: "goal tables per work field:",
    reach: "planned reach per opgave (sum of the services; printed total):",
    reachLine: (opgave: string, planned: string, services: number, printed: string | undefined) =>
      `${opgave}: ${planned} over ${plural(services, "service", "services")}${printed === undefined ? "" : `; printed ${printed}`}`,
    /** The split per category of one opgave's reach: the services' sums, and the `Totaal` row's as printed. */
    reachCategories: (split: string, printed: string | undefined) =>
      `per category: ${split}${printed === undefined ? "" : `; printed ${printed}`}`,
    reachCategory: { residents: "residents", volunteers: "volunteers", chainPartners: "chain partners" },
    frames: "frames per result area (labelled parts):",
    summary: (file: string, reach: string, printed: string | undefined, forAll: string, costs: string) =>
      `summary ${file}: reach ${reach}${printed === undefined ? "" : ` (printed ${printed})`}, of which ${forAll} for all opgaves; costs ${costs}`,
    summaryOpgave: (opgave: string, reach: string, printed: string | undefined, cost: string | undefined) =>
      `${opgave}: reach ${reach}${printed === undefined ? "" : ` (printed ${printed})`}${cost === undefined ? "" : `, ${cost}`}`,
    impact: (file: string, counts: string) => `impact ${file}: ${counts}`,
    policyFrame: (file: string, counts: string) => `policy frame ${file}: ${counts}`,
    planning: (programme: string, counts: string) => `planning ${programme}: ${counts}`,
  },
};

export type ReconcileMessages = typeof reconcileEn;
