import { randomUUID } from "node:crypto";
import { type Actor, IsoDateTime } from "@grant-ledger/core";
import type { EventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import {
  GRANTS_STREAM,
  GRANT_EVENT,
  GRANT_SCHEMA_VERSION,
  type GrantEventType,
  WITHDRAWAL_EVENT,
  grantFactOf,
} from "./grantEvents";

/**
 * Auditor grants are recorded in the ledger itself, hash chained like every event, in a stream
 * of their own: a municipality grants an auditing organisation read access to one agreement,
 * and may withdraw it. They are not agreement events (the agreement's terms do not change), so
 * the core's decider and the views never see them; they are in every checkpoint and chain
 * verification.
 */
export { GRANTS_STREAM } from "./grantEvents";

const NonBlank = t.refinement(t.string, (s) => s.trim() !== "", "NonBlank");

/** What a municipality sends to grant an auditor access (the request body). */
export const AuditorGrantRequest = t.intersection(
  [t.type({ auditorOrganisationId: NonBlank, reason: NonBlank }), t.partial({ occurredAt: IsoDateTime })],
  "AuditorGrantRequest",
);
export type AuditorGrantRequest = t.TypeOf<typeof AuditorGrantRequest>;

/** What a municipality sends to withdraw a grant (the auditor is named by the URL). */
export const AuditorGrantWithdrawalRequest = t.intersection(
  [t.type({ reason: NonBlank }), t.partial({ occurredAt: IsoDateTime })],
  "AuditorGrantWithdrawalRequest",
);

/** A grant or withdrawal as recorded; with the same Idempotency-Key and the same terms, the answer again. */
export interface RecordedGrant {
  readonly revision: bigint;
  readonly hash: string;
  readonly replay: boolean;
}

export interface GrantChange {
  readonly type: GrantEventType;
  readonly agreementId: string;
  readonly auditorOrganisationId: string;
  readonly reason: string;
  readonly occurredAt?: string;
  readonly actor: Actor;
  readonly idempotencyKey?: string;
}

export interface Grants {
  /** Whether the auditing organisation holds a grant on the agreement (as of everything recorded). */
  has(agreementId: string, auditorOrganisationId: string): Promise<boolean>;
  /** The agreements granted to the auditing organisation. */
  agreementsOf(auditorOrganisationId: string): Promise<ReadonlySet<string>>;
  /**
   * Records a grant or a withdrawal. `KeyReused`: the Idempotency-Key was used for another
   * change; `NotHeld`: a withdrawal of a grant the auditor does not hold.
   */
  record(change: GrantChange, clock: () => Date): Promise<RecordedGrant | "KeyReused" | "NotHeld">;
}

/**
 * Reads the grants stream once and then only what was appended since (grants are few), so a
 * check costs one indexed read of nothing new, and a withdrawal counts from the next request.
 */
export const createGrants = (store: Pick<EventStore, "readStream" | "appendToStream">): Grants => {
  const byAuditor = new Map<string, Set<string>>();
  const byCommandId = new Map<string, { terms: string; revision: bigint; hash: string }>();
  const termsOf = (
    c: Pick<GrantChange, "type" | "agreementId" | "auditorOrganisationId" | "reason" | "actor">,
  ) =>
    JSON.stringify([
      c.type,
      c.agreementId,
      c.auditorOrganisationId,
      c.reason,
      c.actor.organisationId,
      c.actor.role,
      c.actor.person,
    ]);
  // Changes of this process are recorded one at a time, so a repeated key finds the first.
  let recording: Promise<unknown> = Promise.resolve();
  let next = 0n;
  let reading: Promise<void> | undefined;
  const readNew = async () => {
    for await (const e of store.readStream(GRANTS_STREAM, { from: next })) {
      const fact = grantFactOf(e);
      // Another event type in this stream is neither a grant nor a withdrawal: skipped.
      if (fact !== undefined) {
        byCommandId.set(fact.commandId, { terms: termsOf(fact), revision: e.revision, hash: e.hash });
        const set = byAuditor.get(fact.auditorOrganisationId) ?? new Set<string>();
        if (fact.type === GRANT_EVENT) set.add(fact.agreementId);
        else set.delete(fact.agreementId);
        byAuditor.set(fact.auditorOrganisationId, set);
      }
      next = e.revision + 1n;
    }
  };
  const catchUp = async () => {
    // One read at a time: concurrent callers share it (and each then sees what it found).
    while (reading !== undefined) await reading;
    reading = readNew().finally(() => {
      reading = undefined;
    });
    await reading;
  };
  const holds = (agreementId: string, org: string) => byAuditor.get(org)?.has(agreementId) ?? false;
  const recordOne = async (change: GrantChange, clock: () => Date) => {
    await catchUp();
    if (change.idempotencyKey !== undefined) {
      const known = byCommandId.get(change.idempotencyKey);
      if (known !== undefined)
        return known.terms === termsOf(change)
          ? { revision: known.revision, hash: known.hash, replay: true }
          : ("KeyReused" as const);
    }
    if (change.type === WITHDRAWAL_EVENT && !holds(change.agreementId, change.auditorOrganisationId))
      return "NotHeld" as const;
    const now = clock().toISOString();
    const appended = await store.appendToStream(
      GRANTS_STREAM,
      [
        {
          type: change.type,
          schemaVersion: GRANT_SCHEMA_VERSION,
          data: {
            agreementId: change.agreementId,
            auditorOrganisationId: change.auditorOrganisationId,
            reason: change.reason,
          },
          metadata: {
            actor: { ...change.actor },
            commandId: change.idempotencyKey ?? randomUUID(),
            occurredAt: change.occurredAt ?? now,
            recordedAt: now,
            reason: change.reason,
          },
        },
      ],
      "any",
    );
    if (E.isLeft(appended))
      throw new Error("appending to the grants stream with expected revision any failed");
    const last = appended.right.events.at(-1);
    if (last === undefined) throw new Error("the grant was not recorded");
    return { revision: last.revision, hash: last.hash, replay: false };
  };
  return {
    has: async (agreementId, org) => {
      await catchUp();
      return holds(agreementId, org);
    },
    agreementsOf: async (org) => {
      await catchUp();
      return new Set(byAuditor.get(org) ?? []);
    },
    record: (change, clock) => {
      const run = recording.then(() => recordOne(change, clock));
      recording = run.catch(() => undefined);
      return run;
    },
  };
};

export { GRANT_EVENT, WITHDRAWAL_EVENT };
