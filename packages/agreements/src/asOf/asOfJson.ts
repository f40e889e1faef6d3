import {
  type Matrix,
  MatrixEntry,
  Product,
  Shift,
  positionKey,
  toDecimalString,
  totalsByKind,
} from "@grant-ledger/core";
import type { AgreementAsOf } from "./stateAsOf";

/**
 * An agreement as of a revision or moment as JSON: the CLI's `state --json` and the service's
 * `GET /agreements/{id}`. Revisions are decimal strings (they
 * are 64-bit), quantities `{ kind, amount }` with the amount an exact decimal string; cells in
 * key order. Versioned by `format`, so a consumer can tell a later shape.
 */
export const STATE_JSON_FORMAT = "grant-ledger/agreement-state@1";

const entries = (m: Matrix) =>
  [...m.values()]
    .sort((a, b) => positionKey(a.position).localeCompare(positionKey(b.position)))
    .map((e) => MatrixEntry.encode(e));

const totals = (m: Matrix) =>
  [...totalsByKind(m)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, amount]) => ({ kind, amount: toDecimalString(amount) }));

export const agreementAsOfJson = (a: AgreementAsOf) => {
  const s = a.state;
  const asOf =
    "revision" in a.asOf
      ? { revision: String(a.asOf.revision) }
      : "recordedAt" in a.asOf
        ? { recordedAt: a.asOf.recordedAt }
        : {
            occurredAt: a.asOf.occurredAt,
            ...(a.asOf.through === undefined ? {} : { through: String(a.asOf.through) }),
          };
  return {
    format: STATE_JSON_FORMAT,
    agreementId: a.agreementId,
    asOf,
    revision: String(a.revision),
    streamRevision: String(a.streamRevision),
    eventsIncluded: a.eventsIncluded,
    eventsLeftOut: a.eventsLeftOut,
    status: s.status,
    frameworkAgreement: s.frameworkAgreement,
    parties: s.parties ?? null,
    period: s.period ?? null,
    resultAreas: s.resultAreas,
    signatures: s.signatures,
    negotiationRound: s.negotiationRound,
    policyVersion: s.policy.version,
    current: entries(s.current),
    baseline: entries(s.baseline),
    offer: entries(s.offer),
    totals: { current: totals(s.current), baseline: totals(s.baseline), offer: totals(s.offer) },
    pendingReallocations: [...s.pendingReallocations.values()].map((p) => ({
      requestId: p.requestId,
      shifts: p.shifts.map((shift) => Shift.encode(shift)),
      requestedBy: p.requestedBy,
      requestedAt: p.requestedAt,
      reason: p.reason,
    })),
    results: [...s.results.values()]
      .map((r) => ({
        period: r.period,
        reportedAt: r.reportedAt,
        reportedBy: r.reportedBy,
        corrections: r.corrections,
      }))
      .sort((x, y) => x.period.localeCompare(y.period)),
    /** Products within a work type, as described (empty when the documents list none). */
    products: s.products.map((p) => Product.encode(p)),
    amendments: [...s.amendmentIds].sort(),
    closedOn: s.closedOn ?? null,
  };
};
