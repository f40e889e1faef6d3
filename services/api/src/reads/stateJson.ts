import type { AgreementAsOf } from "@grant-ledger/agreements";
import {
  type Matrix,
  MatrixEntry,
  Shift,
  positionKey,
  toDecimalString,
  totalsByKind,
} from "@grant-ledger/core";

const entries = (m: Matrix) =>
  [...m.values()]
    .sort((a, b) => positionKey(a.position).localeCompare(positionKey(b.position)))
    .map((e) => MatrixEntry.encode(e));

const totals = (m: Matrix) =>
  [...totalsByKind(m)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, amount]) => ({ kind, amount: toDecimalString(amount) }));

/**
 * An agreement's state as JSON: revisions as decimal strings (64-bit), quantities as exact
 * decimal strings, cells in key order.
 */
export const stateJson = (a: AgreementAsOf) => {
  const s = a.state;
  return {
    agreementId: a.agreementId,
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
    amendments: [...s.amendmentIds].sort(),
    closedOn: s.closedOn ?? null,
  };
};
