import { Actor } from "@grant-ledger/core";
import type { RecordedEvent } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import * as t from "io-ts";

/**
 * The events of the `auditor-grants` stream, each by type and schema version: a later version
 * gets a codec of its own here, and an event of a version this service does not know stops the
 * read (fail closed: a withdrawal must never be skipped) instead of being misread.
 */
export const GRANTS_STREAM = "auditor-grants";
export const GRANT_EVENT = "AuditorGranted";
export const WITHDRAWAL_EVENT = "AuditorGrantWithdrawn";

const Terms = t.type({ agreementId: t.string, auditorOrganisationId: t.string, reason: t.string });
const Metadata = t.type({ actor: Actor, commandId: t.string });

const CODECS = {
  [GRANT_EVENT]: { 1: t.type({ data: Terms, metadata: Metadata }, "AuditorGranted@1") },
  [WITHDRAWAL_EVENT]: { 1: t.type({ data: Terms, metadata: Metadata }, "AuditorGrantWithdrawn@1") },
} as const;
export const GRANT_SCHEMA_VERSION = 1;

export type GrantEventType = keyof typeof CODECS;

export interface GrantFact {
  readonly type: GrantEventType;
  readonly agreementId: string;
  readonly auditorOrganisationId: string;
  readonly reason: string;
  readonly actor: Actor;
  readonly commandId: string;
}

/** A recorded event of the grants stream as a fact; undefined for an event of another type. */
export const grantFactOf = (e: RecordedEvent): GrantFact | undefined => {
  if (!(e.type in CODECS)) return undefined;
  const type = e.type as GrantEventType;
  const codec = (CODECS[type] as Record<number, (typeof CODECS)[GrantEventType][1]>)[e.schemaVersion];
  if (codec === undefined)
    throw new Error(
      `${type} version ${e.schemaVersion} at revision ${e.revision} of ${GRANTS_STREAM} is not known to this service`,
    );
  const decoded = codec.decode(e);
  if (E.isLeft(decoded))
    throw new Error(`${type} at revision ${e.revision} of ${GRANTS_STREAM} does not decode`);
  const { data, metadata } = decoded.right;
  return { type, ...data, actor: metadata.actor, commandId: metadata.commandId };
};
