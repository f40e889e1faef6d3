import type * as t from "io-ts";
import { catalogueOf } from "../codec/catalogue";
import { AgreementAmended } from "./agreementAmended";
import { AgreementClosed } from "./agreementClosed";
import { AgreementNegotiated } from "./agreementNegotiated";
import { AgreementProposed } from "./agreementProposed";
import {
  BudgetReallocationApplied,
  BudgetReallocationApproved,
  BudgetReallocationRejected,
  BudgetReallocationRequested,
} from "./budgetReallocation";
import {
  upcastBudgetReallocationAppliedV1,
  upcastBudgetReallocationRequestedV1,
} from "./budgetReallocationV1";
import { BudgetRecorded, ContributionsRecorded, CostsRealised, GrantDecided } from "./funding";
import { ProductsDescribed } from "./products";
import {
  ReallocationApplied,
  ReallocationApproved,
  ReallocationRejected,
  ReallocationRequested,
  upcastReallocationApprovedV1,
  upcastReallocationRequestedV1,
} from "./reallocation";
import { ResultReported, upcastResultReportedV1, upcastResultReportedV2 } from "./resultReported";
import { ResultsFrameworkRecorded, ResultsMeasured } from "./resultsFramework";
import { AgreementSigned, PartySigned } from "./signing";
import type { UpcastStep } from "./upcasters";

const catalogue = catalogueOf(
  "DomainEvent",
  AgreementProposed,
  AgreementNegotiated,
  PartySigned,
  AgreementSigned,
  ReallocationRequested,
  ReallocationApplied,
  ReallocationApproved,
  ReallocationRejected,
  ResultReported,
  AgreementAmended,
  AgreementClosed,
  GrantDecided,
  BudgetRecorded,
  ContributionsRecorded,
  CostsRealised,
  BudgetReallocationRequested,
  BudgetReallocationApplied,
  BudgetReallocationApproved,
  BudgetReallocationRejected,
  ProductsDescribed,
  ResultsFrameworkRecorded,
  ResultsMeasured,
);

/** The current codec of every event type. Older versions are read through upcasters. */
export const eventCodecs = catalogue.byType;

export type DomainEventType = keyof typeof eventCodecs;
export const DOMAIN_EVENT_TYPES = Object.keys(eventCodecs) as DomainEventType[];

export const DomainEvent = catalogue.union;
export type DomainEvent = t.TypeOf<typeof DomainEvent>;

/**
 * How the agreement's older event versions are read: handed to the decoder as data
 * (`eventDecoder(upcasterTable(agreementUpcasters))`), never registered by side effect.
 */
export const agreementUpcasters: readonly UpcastStep[] = [
  { type: "ResultReported", fromVersion: 1, upcast: upcastResultReportedV1 },
  { type: "ResultReported", fromVersion: 2, upcast: upcastResultReportedV2 },
  { type: "ReallocationRequested", fromVersion: 1, upcast: upcastReallocationRequestedV1 },
  { type: "ReallocationApproved", fromVersion: 1, upcast: upcastReallocationApprovedV1 },
  { type: "BudgetReallocationRequested", fromVersion: 1, upcast: upcastBudgetReallocationRequestedV1 },
  { type: "BudgetReallocationApplied", fromVersion: 1, upcast: upcastBudgetReallocationAppliedV1 },
];

/** The schema version new events of each type are written with. */
export const currentSchemaVersion = (type: DomainEventType): number =>
  eventCodecs[type].props.schemaVersion.value;

// A list, not a lookup: comparing a freshly parsed string beats hashing it.
export const isDomainEventType = (type: string): type is DomainEventType =>
  (DOMAIN_EVENT_TYPES as readonly string[]).includes(type);
