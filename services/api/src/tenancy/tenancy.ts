import { agreementStreamId } from "@grant-ledger/agreements";
import type { EventStore } from "@grant-ledger/event-store";
import type { Principal } from "@grant-ledger/tokens";
import * as E from "fp-ts/Either";
import * as t from "io-ts";
import type { Grants } from "./grants";

export interface Parties {
  readonly municipality: string;
  readonly provider: string;
}

const Proposed = t.type({
  type: t.literal("AgreementProposed"),
  data: t.type({ municipality: t.type({ id: t.string }), provider: t.type({ id: t.string }) }),
});

export interface Tenancy {
  /** The agreement's parties, from its proposal; undefined when there is no such agreement. */
  partiesOf(agreementId: string): Promise<Parties | undefined>;
  /** Whether the caller may see the agreement at all (if not, it answers 404). */
  canSee(principal: Principal, agreementId: string): Promise<boolean>;
  /** The same test on a known agreement's parties (for lists). */
  sees(principal: Principal, agreementId: string, parties: Parties, granted: ReadonlySet<string>): boolean;
}

/**
 * A municipality sees its own agreements, a provider those it is a party to, an auditor those a
 * municipality granted it. The parties are read from the agreement's first event (they never
 * change) and kept.
 */
export const createTenancy = (store: Pick<EventStore, "readStream">, grants: Grants): Tenancy => {
  const known = new Map<string, Parties>();
  const partiesOf = async (agreementId: string) => {
    const cached = known.get(agreementId);
    if (cached !== undefined) return cached;
    for await (const e of store.readStream(agreementStreamId(agreementId), { maxCount: 1 })) {
      const decoded = Proposed.decode(e);
      if (E.isLeft(decoded)) return undefined;
      const parties = {
        municipality: decoded.right.data.municipality.id,
        provider: decoded.right.data.provider.id,
      };
      known.set(agreementId, parties);
      return parties;
    }
    return undefined;
  };
  const sees = (p: Principal, agreementId: string, parties: Parties, granted: ReadonlySet<string>) =>
    p.role === "auditor" ? granted.has(agreementId) : parties[p.role] === p.organisationId;
  return {
    partiesOf,
    sees,
    canSee: async (p, agreementId) => {
      const parties = await partiesOf(agreementId);
      if (parties === undefined) return false;
      if (p.role !== "auditor") return parties[p.role] === p.organisationId;
      return grants.has(agreementId, p.organisationId);
    },
  };
};
