import * as t from "io-ts";
import { NonNegativeInt } from "../agreement/terms";
import { Euros } from "../funding/budgetLine";
import { IsoDate } from "../provenance/metadata";
import { NonNegativeDecimal } from "../quantity/quantity";
import { Indicator } from "./indicator";
import { Links, Placement } from "./placement";
import { DocumentText, FrameworkId } from "./text";
import { ToBeDetermined, orToBeDetermined } from "./undetermined";

const Ids = t.array(FrameworkId);

/** A global goal, e.g. UN Sustainable Development Goal 3 ("Goede gezondheid en welzijn"). */
export const GlobalGoal = t.intersection(
  [
    t.type({ id: FrameworkId, title: DocumentText }),
    t.partial({ sdg: t.refinement(t.Int, (n) => n >= 1 && n <= 17, "SdgNumber") }),
  ],
  "GlobalGoal",
);
export type GlobalGoal = t.TypeOf<typeof GlobalGoal>;

export const Priority = t.keyof({ A: null, B: null, C: null }, "Priority");
export type Priority = t.TypeOf<typeof Priority>;

/** A target group as printed ("Ca. 225"): the count may be missing or approximate. */
export const TargetGroup = t.intersection(
  [t.type({ label: DocumentText }), t.partial({ count: NonNegativeInt, approximate: t.boolean })],
  "TargetGroup",
);
export type TargetGroup = t.TypeOf<typeof TargetGroup>;

/** T = trekker (lead), P = partner; `unmarked` when the document prints no letter (Haren 3.3). */
export const ContractorRole = t.keyof({ lead: null, partner: null, unmarked: null }, "ContractorRole");
export type ContractorRole = t.TypeOf<typeof ContractorRole>;

/** A partner as the effect's partner list names it, with its printed marker. */
export const ListedPartner = t.intersection(
  [t.type({ organisation: DocumentText }), t.partial({ role: ContractorRole })],
  "ListedPartner",
);

/** An intended societal effect (maatschappelijk effect): the level results roll up to. */
export const SocietalEffect = t.intersection(
  [
    t.type({ id: FrameworkId, title: DocumentText }),
    t.partial({
      globalGoalIds: Ids,
      priority: Priority,
      /** An office ("Portefeuillehouder Welzijn en Zorg"), never a person. */
      portfolioHolder: DocumentText,
      intendedEffect: DocumentText,
      indicatorIds: Ids,
      targetGroups: t.array(TargetGroup),
      partners: t.array(ListedPartner),
      links: Links,
    }),
  ],
  "SocietalEffect",
);
export type SocietalEffect = t.TypeOf<typeof SocietalEffect>;

/** An ambition (subdoel) under an effect. */
export const SubGoal = t.intersection(
  [
    t.type({ id: FrameworkId, effectId: FrameworkId, text: orToBeDetermined(DocumentText, "SubGoalText") }),
    t.partial({ links: Links }),
  ],
  "SubGoal",
);
export type SubGoal = t.TypeOf<typeof SubGoal>;

/** An expected result: under an effect or a sub-goal, placed where the document places it. */
export const FrameworkResult = t.intersection(
  [
    t.type({ id: FrameworkId, text: orToBeDetermined(DocumentText, "ResultText") }),
    t.partial({
      effectId: FrameworkId,
      /**
       * The other effects a row names beside `effectId` (Rheden: "Vergroten van de
       * zelfredzaamheid • Dure zorg voorkomen" in one cell): the result rolls up to each.
       * Optional, so every v1 event decodes unchanged and needs no upcaster.
       */
      alsoEffectIds: Ids,
      subGoalId: FrameworkId,
      /** The objective printed beside it (De Blokken's `Doelstelling`). */
      objective: DocumentText,
      placement: Placement,
      indicatorIds: Ids,
      deadline: IsoDate,
      links: Links,
    }),
  ],
  "FrameworkResult",
);
export type FrameworkResult = t.TypeOf<typeof FrameworkResult>;

export const Activity = t.intersection(
  [
    t.type({ id: FrameworkId, text: orToBeDetermined(DocumentText, "ActivityText") }),
    t.partial({
      resultId: FrameworkId,
      effectId: FrameworkId,
      contractor: DocumentText,
      placement: Placement,
      links: Links,
    }),
  ],
  "Activity",
);
export type Activity = t.TypeOf<typeof Activity>;

/** What a contractor puts in: direct professional hours, other costs, or "PM" (to be determined). */
export const Effort = t.union(
  [
    t.type({ kind: t.literal("directHours"), hours: NonNegativeDecimal }),
    t.type({ kind: t.literal("otherCosts"), amount: Euros }),
    t.type({ kind: t.literal("toBeDetermined"), as: ToBeDetermined }),
  ],
  "Effort",
);
export type Effort = t.TypeOf<typeof Effort>;

/** One contractor block of an effect form; `effort` is empty when the form prints none. */
export const ContractorAssignment = t.type(
  { effectId: FrameworkId, organisation: DocumentText, role: ContractorRole, effort: t.array(Effort) },
  "ContractorAssignment",
);
export type ContractorAssignment = t.TypeOf<typeof ContractorAssignment>;

/** Unique residents, or contacts that need not be unique (collective work, Info & Advies). */
export const ReachCounting = t.keyof({ unique: null, contacts: null }, "ReachCounting");
export type ReachCounting = t.TypeOf<typeof ReachCounting>;

export const ReachCategory = t.keyof(
  { residents: null, volunteers: null, chainPartners: null },
  "ReachCategory",
);
export type ReachCategory = t.TypeOf<typeof ReachCategory>;

export const CategoryCount = t.type({ category: ReachCategory, count: NonNegativeInt }, "CategoryCount");
export type CategoryCount = t.TypeOf<typeof CategoryCount>;

/** A service with its planned reach; `forAllOpgaves` when it belongs to every opgave (Info & Advies). */
export const PlannedService = t.intersection(
  [
    t.type({
      id: FrameworkId,
      service: DocumentText,
      planned: orToBeDetermined(NonNegativeInt, "PlannedReach"),
      counting: ReachCounting,
    }),
    t.partial({
      opgave: DocumentText,
      forAllOpgaves: t.boolean,
      deliveredBy: DocumentText,
      categories: t.array(CategoryCount),
      resultId: FrameworkId,
    }),
  ],
  "PlannedService",
);
export type PlannedService = t.TypeOf<typeof PlannedService>;

export const MilestoneKind = t.keyof({ interim: null, final: null, phase: null }, "MilestoneKind");
export type MilestoneKind = t.TypeOf<typeof MilestoneKind>;

/** An interim or final evaluation, or a phase with its own target (KOEK: 15 + 20 + 15 participants). */
export const Milestone = t.intersection(
  [
    t.type({ id: FrameworkId, kind: MilestoneKind, title: DocumentText }),
    t.partial({
      deadline: IsoDate,
      /** A third party that reports (the GGD): an organisation. */
      reportedBy: DocumentText,
      target: t.type({ count: NonNegativeInt, unit: DocumentText }),
      effectId: FrameworkId,
      resultId: FrameworkId,
    }),
  ],
  "Milestone",
);
export type Milestone = t.TypeOf<typeof Milestone>;

/** The whole results framework of an agreement, as the documents state it. */
export const ResultsFramework = t.type(
  {
    globalGoals: t.array(GlobalGoal),
    effects: t.array(SocietalEffect),
    subGoals: t.array(SubGoal),
    results: t.array(FrameworkResult),
    activities: t.array(Activity),
    indicators: t.array(Indicator),
    contractors: t.array(ContractorAssignment),
    services: t.array(PlannedService),
    milestones: t.array(Milestone),
  },
  "ResultsFramework",
);
export type ResultsFramework = t.TypeOf<typeof ResultsFramework>;

export const emptyFramework: ResultsFramework = {
  globalGoals: [],
  effects: [],
  subGoals: [],
  results: [],
  activities: [],
  indicators: [],
  contractors: [],
  services: [],
  milestones: [],
};
