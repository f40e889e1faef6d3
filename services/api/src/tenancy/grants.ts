import { randomUUID } from "node:crypto";
import { Actor, IsoDateTime } from "@grant-ledger/core";
import type { EventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import * as t from "io-ts";

/**
 * Auditor grants are recorded in the ledger itself, hash chained like every event, in a stream
 * of their own: a municipality grants an auditing organisation read access to one agreement.
 * They are not agreement events (the agreement's terms do not change), so the core's decider
 * and the views never see them; they are in every checkpoint and chain verification.
 */
export const GRANTS_STREAM = "auditor-grants";
export const GRANT_EVENT = "AuditorGranted";

const NonBlank = t.refinement(t.string, (s) => s.trim() !== "", "NonBlank");

/** What a municipality sends to grant an auditor access (the request body). */
export const AuditorGrantRequest = t.intersection(
  [t.type({ auditorOrganisationId: NonBlank, reason: NonBlank }), t.partial({ occurredAt: IsoDateTime })],
  "AuditorGrantRequest",
);
export type AuditorGrantRequest = t.TypeOf<typeof AuditorGrantRequest>;

const GrantData = t.type({ agreementId: t.string, auditorOrganisationId: t.string, reason: t.string });
const GrantEvent = t.type({
  type: t.literal(GRANT_EVENT),
  data: GrantData,
  metadata: t.type({ actor: Actor, commandId: t.string }),
});

/** A grant as recorded; with the same Idempotency-Key and the same terms, the answer again. */
export interface RecordedGrant {
  readonly revision: bigint;
  readonly hash: string;
  readonly replay: boolean;
}

export interface Grants {
  /** Whether the auditing organisation holds a grant on the agreement. */
  has(agreementId: string, auditorOrganisationId: string): Promise<boolean>;
  /** The agreements granted to the auditing organisation. */
  agreementsOf(auditorOrganisationId: string): Promise<ReadonlySet<string>>;
  /** `KeyReused`: the Idempotency-Key was used for another grant. */
  record(
    grant: { agreementId: string; request: AuditorGrantRequest; actor: Actor; idempotencyKey?: string },
    clock: () => Date,
  ): Promise<RecordedGrant | "KeyReused">;
}

/**
 * Reads the grants stream once and then only what was appended since (grants are few and
 * only ever added), so a check costs one indexed read of nothing new.
 */
export const createGrants = (store: Pick<EventStore, "readStream" | "appendToStream">): Grants => {
  const byAuditor = new Map<string, Set<string>>();
  const byCommandId = new Map<string, { terms: string; revision: bigint; hash: string }>();
  const termsOf = (agreementId: string, auditor: string, reason: string, actor: Actor) =>
    JSON.stringify([agreementId, auditor, reason, actor.organisationId, actor.role, actor.person]);
  // Grants of this process are recorded one at a time, so a repeated key finds the first.
  let recording: Promise<unknown> = Promise.resolve();
  let next = 0n;
  let reading: Promise<void> | undefined;
  const readNew = async () => {
    for await (const e of store.readStream(GRANTS_STREAM, { from: next })) {
      const decoded = GrantEvent.decode(e);
      // Another event type in this stream is not a grant: skipped, never misread as one.
      if (E.isRight(decoded)) {
        const { agreementId, auditorOrganisationId, reason } = decoded.right.data;
        byCommandId.set(decoded.right.metadata.commandId, {
          terms: termsOf(agreementId, auditorOrganisationId, reason, decoded.right.metadata.actor),
          revision: e.revision,
          hash: e.hash,
        });
        const set = byAuditor.get(auditorOrganisationId) ?? new Set<string>();
        set.add(agreementId);
        byAuditor.set(auditorOrganisationId, set);
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
  const recordOne = async (
    { agreementId, request, actor, idempotencyKey }: Parameters<Grants["record"]>[0],
    clock: () => Date,
  ): Promise<RecordedGrant | "KeyReused"> => {
    if (idempotencyKey !== undefined) {
      await catchUp();
      const known = byCommandId.get(idempotencyKey);
      if (known !== undefined)
        return known.terms === termsOf(agreementId, request.auditorOrganisationId, request.reason, actor)
          ? { revision: known.revision, hash: known.hash, replay: true }
          : "KeyReused";
    }
    const now = clock().toISOString();
    const appended = await store.appendToStream(
      GRANTS_STREAM,
      [
        {
          type: GRANT_EVENT,
          schemaVersion: 1,
          data: { agreementId, auditorOrganisationId: request.auditorOrganisationId, reason: request.reason },
          metadata: {
            actor: { ...actor },
            commandId: idempotencyKey ?? randomUUID(),
            occurredAt: request.occurredAt ?? now,
            recordedAt: now,
            reason: request.reason,
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
      return byAuditor.get(org)?.has(agreementId) ?? false;
    },
    agreementsOf: async (org) => {
      await catchUp();
      return new Set(byAuditor.get(org) ?? []);
    },
    record: (grant, clock) => {
      const run = recording.then(() => recordOne(grant, clock));
      recording = run.catch(() => undefined);
      return run;
    },
  };
};
