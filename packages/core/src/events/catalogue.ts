import * as t from "io-ts";
import { AgreementAmended } from "./agreementAmended";
import { AgreementClosed } from "./agreementClosed";
import { AgreementNegotiated } from "./agreementNegotiated";
import { AgreementProposed } from "./agreementProposed";
import {
  ReallocationApplied,
  ReallocationApproved,
  ReallocationRejected,
  ReallocationRequested,
} from "./reallocation";
import { ResultReported } from "./resultReported";
import { AgreementSigned, PartySigned } from "./signing";

/** The current codec of every event type. Older versions are read through upcasters. */
export const eventCodecs = {
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
} as const;

export type DomainEventType = keyof typeof eventCodecs;
export const DOMAIN_EVENT_TYPES = Object.keys(eventCodecs) as DomainEventType[];

export const DomainEvent = t.union(
  [
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
  ],
  "DomainEvent",
);
export type DomainEvent = t.TypeOf<typeof DomainEvent>;

/** The schema version new events of each type are written with. */
export const currentSchemaVersion = (type: DomainEventType): number =>
  eventCodecs[type].props.schemaVersion.value;

// A list, not a lookup: comparing a freshly parsed string beats hashing it.
export const isDomainEventType = (type: string): type is DomainEventType =>
  (DOMAIN_EVENT_TYPES as readonly string[]).includes(type);
