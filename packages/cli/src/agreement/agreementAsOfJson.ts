import type { AgreementAsOf } from "@grant-ledger/agreements";
import {
  type Matrix,
  MatrixEntry,
  Shift,
  positionKey,
  toDecimalString,
  totalsByKind,
} from "@grant-ledger/core";
import type { NumberFormats } from "../format/numbers";
import type { Messages } from "../messages/catalogue";
import { viewQuantity } from "../views/viewText";

/**
 * The `state --json` shape (README "grant-ledger state"). Revisions are decimal strings (they
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
        : { occurredAt: a.asOf.occurredAt };
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
    amendments: [...s.amendmentIds].sort(),
    closedOn: s.closedOn ?? null,
  };
};

/** The same, for people: a heading, the terms, the contract as it stands, what is open. */
export const agreementAsOfLines = (a: AgreementAsOf, formats: NumberFormats, m: Messages): string[] => {
  const quantityText = (q: { kind: string; amount: string }) => viewQuantity(q, formats, m);
  const j = agreementAsOfJson(a);
  const sense =
    "recordedAt" in a.asOf
      ? ` (recorded by ${a.asOf.recordedAt})`
      : "occurredAt" in a.asOf
        ? ` (in effect by ${a.asOf.occurredAt}; ${a.eventsLeftOut} later event(s) left out)`
        : "";
  const lines = [
    `agreement ${a.agreementId} as of revision ${j.revision} of ${j.streamRevision}${sense}`,
    `status: ${j.status}${j.period ? `, ${j.period.start} to ${j.period.end}` : ""}${j.closedOn ? `, closed on ${j.closedOn}` : ""}`,
  ];
  if (j.parties)
    lines.push(
      `parties: ${j.parties.municipality.name} (${j.parties.municipality.id}) and ${j.parties.provider.name} (${j.parties.provider.id})`,
    );
  lines.push(
    `policy version ${j.policyVersion}; signed by: ${Object.keys(j.signatures).join(", ") || "nobody yet"}`,
    `contract as it stands (${j.totals.current.map(quantityText).join(", ") || "empty"}):`,
    ...j.current.map((e) => `  ${positionKey(e.position).padEnd(24)} ${quantityText(e.quantity)}`),
  );
  if (j.pendingReallocations.length > 0) {
    lines.push("pending reallocations:");
    for (const p of j.pendingReallocations)
      lines.push(
        `  ${p.requestId} by ${p.requestedBy.person} (${p.requestedBy.organisationId}) at ${p.requestedAt}: ${p.shifts
          .map((s) => `${quantityText(s.quantity)} ${positionKey(s.from)} → ${positionKey(s.to)}`)
          .join("; ")}`,
      );
  }
  if (j.results.length > 0)
    lines.push(
      `results reported for: ${j.results.map((r) => (r.corrections > 0 ? `${r.period} (${r.corrections} correction(s))` : r.period)).join(", ")}`,
    );
  return lines;
};
