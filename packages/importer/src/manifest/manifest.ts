import {
  BudgetPolicyInput,
  type Decimal,
  DecimalFromString,
  GrantDecision,
  IsoDate,
  Tariff,
  UnitKind,
  decimal,
  isPositive,
} from "@grant-ledger/core";
import * as t from "io-ts";

const NonEmptyString = t.refinement(t.string, (s) => s.trim().length > 0, "NonEmptyString");

/** `1525` or `"1525"` or `"1536.5"`: hours in one full-time equivalent, exact. */
const HoursPerFte = new t.Type<Decimal, string, unknown>(
  "HoursPerFte",
  DecimalFromString.is,
  (u, c) => {
    const d: t.Validation<Decimal> =
      typeof u === "number" && Number.isSafeInteger(u)
        ? t.success(decimal(u))
        : typeof u === "string"
          ? DecimalFromString.validate(u, c)
          : t.failure(u, c, "expected a positive whole number of hours such as 1525, or a decimal string");
    return d._tag === "Right" && !isPositive(d.right)
      ? t.failure(u, c, "expected a positive number of hours per fte")
      : d;
  },
  DecimalFromString.encode,
);

const Party = t.type({ id: NonEmptyString, name: NonEmptyString }, "Party");

export const ManifestAgreement = t.intersection(
  [
    t.type({
      id: NonEmptyString,
      municipality: Party,
      provider: Party,
      period: t.type({ start: IsoDate, end: IsoDate }),
    }),
    t.partial({ frameworkAgreement: t.string }),
  ],
  "ManifestAgreement",
);

export const ManifestResultArea = t.intersection(
  [
    t.type({ code: NonEmptyString, name: NonEmptyString, table: NonEmptyString }),
    /** The table's rows are products of this work type, not work types. */
    t.partial({ workType: NonEmptyString }),
  ],
  "ResultArea",
);
export type ManifestResultArea = t.TypeOf<typeof ManifestResultArea>;

export const ManifestAnnex = t.type({ district: NonEmptyString, table: NonEmptyString }, "DistrictAnnex");
export type ManifestAnnex = t.TypeOf<typeof ManifestAnnex>;

export const ManifestBudget = t.type(
  { name: NonEmptyString, table: NonEmptyString, hoursPerFte: HoursPerFte },
  "Budget",
);
export type ManifestBudget = t.TypeOf<typeof ManifestBudget>;

/** Cost lines in sections, the shape of Buurt Vitaal's `kosten.tsv`. */
export const ManifestCostLines = t.type({ name: NonEmptyString, table: NonEmptyString }, "CostLines");
export type ManifestCostLines = t.TypeOf<typeof ManifestCostLines>;

/** A table of contributions (one row per party and item) or of printed totals. */
export const ManifestTable = t.type({ table: NonEmptyString }, "Table");
export type ManifestTable = t.TypeOf<typeof ManifestTable>;

/** A 2007 result list (`resultaten-<district>-<N>`): the district and result area it belongs to. */
export const ManifestExpectedResults = t.type(
  { district: NonEmptyString, resultArea: NonEmptyString, table: NonEmptyString },
  "ExpectedResults",
);
export type ManifestExpectedResults = t.TypeOf<typeof ManifestExpectedResults>;

/** The three files of one Haren effect-form domain. */
export const ManifestEffectForms = t.type(
  { effects: NonEmptyString, assignments: NonEmptyString, contractors: NonEmptyString },
  "EffectForms",
);
export type ManifestEffectForms = t.TypeOf<typeof ManifestEffectForms>;

/** A Rheden goal table of one work field. */
export const ManifestGoalTable = t.type({ workField: NonEmptyString, table: NonEmptyString }, "GoalTable");
export type ManifestGoalTable = t.TypeOf<typeof ManifestGoalTable>;

/**
 * A services-and-reach table of one opgave. The tables do not say whether reach counts unique
 * residents or contacts: `counting` says so, `contacts` (not necessarily unique) when left out.
 */
export const ManifestServices = t.intersection(
  [
    t.type({ opgave: NonEmptyString, table: NonEmptyString }),
    t.partial({ counting: t.keyof({ unique: null, contacts: null }) }),
  ],
  "Services",
);
export type ManifestServices = t.TypeOf<typeof ManifestServices>;

/** A `kader-arrangement-N` block: the frame, main goals and interventions of one result area (2007). */
export const ManifestFrame = t.type({ resultArea: NonEmptyString, table: NonEmptyString }, "Frame");
export type ManifestFrame = t.TypeOf<typeof ManifestFrame>;

/**
 * The 2022 summary table of reach and cost per opgave (`samenvatting-bereik-kosten`), and its
 * Impact column where it is kept apart (`impact`: `samenvatting-impact`, one row per bullet).
 * Its services are recorded for the opgaves no `services` section lists, counted as
 * `counting` says (`contacts` when left out).
 */
export const ManifestSummary = t.intersection(
  [
    t.type({ table: NonEmptyString }),
    t.partial({ impact: NonEmptyString, counting: t.keyof({ unique: null, contacts: null }) }),
  ],
  "Summary",
);
export type ManifestSummary = t.TypeOf<typeof ManifestSummary>;

/** A Rheden-style policy frame (`kaders.tsv`: `Kader | Kop | Code | Tekst`): effects, policy goals, work fields, planning. */
export const ManifestPolicyFrame = t.type({ table: NonEmptyString }, "PolicyFrame");
export type ManifestPolicyFrame = t.TypeOf<typeof ManifestPolicyFrame>;

/**
 * A programme's planning by period (Buurt Vitaal's `koek-planning`): phases with their
 * participants, evaluations, steps. `reportedBy` is the third party that reports on them when
 * the document names one outside the table (the GGD monitors KOEK's deelplan).
 */
export const ManifestPlanning = t.intersection(
  [t.type({ programme: NonEmptyString, table: NonEmptyString }), t.partial({ reportedBy: NonEmptyString })],
  "Planning",
);
export type ManifestPlanning = t.TypeOf<typeof ManifestPlanning>;

/**
 * One agreement's documents. Table paths are relative to the manifest file. `unit` is the kind
 * that bare numbers count (hours unless stated).
 */
export const Manifest = t.intersection(
  [
    t.type({ agreement: ManifestAgreement, resultAreas: t.array(ManifestResultArea) }),
    t.partial({
      unit: UnitKind,
      districtAnnexes: t.array(ManifestAnnex),
      budgets: t.array(ManifestBudget),
      /** Euros per hour per work type, in cents as in a proposal (`{ "workType": "OBW", "tariff": "7755" }`): priced in the offer versus contract. */
      tariffs: t.array(Tariff),
      costLines: t.array(ManifestCostLines),
      contributions: t.array(ManifestTable),
      printedTotals: t.array(ManifestTable),
      /** The results framework: 2007 result lists, Haren effect forms, Rheden goal tables, 2022 services and reach. */
      expectedResults: t.array(ManifestExpectedResults),
      effectForms: t.array(ManifestEffectForms),
      goalTables: t.array(ManifestGoalTable),
      services: t.array(ManifestServices),
      frames: t.array(ManifestFrame),
      summaries: t.array(ManifestSummary),
      policyFrames: t.array(ManifestPolicyFrame),
      plannings: t.array(ManifestPlanning),
      /** The grant decision, when the documents include it; without it the deficit counts a grant of 0. */
      grant: GrantDecision,
      /** The budget's controls (reallocation policy, whether it may exceed the grant); defaults when left out. */
      budgetPolicy: BudgetPolicyInput,
    }),
  ],
  "Manifest",
);
export type Manifest = t.TypeOf<typeof Manifest>;
