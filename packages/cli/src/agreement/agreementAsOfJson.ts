import { type AgreementAsOf, agreementAsOfJson } from "@grant-ledger/agreements";
import { positionKey } from "@grant-ledger/core";
import type { NumberFormats } from "../format/numbers";
import type { Messages } from "../messages/catalogue";
import { viewQuantity } from "../views/viewText";

/** An agreement as of a revision or moment, for people: a heading, the terms, the contract as it stands, what is open. */
export const agreementAsOfLines = (a: AgreementAsOf, formats: NumberFormats, m: Messages): string[] => {
  const w = m.state;
  const quantityText = (q: { kind: string; amount: string }) => viewQuantity(q, formats, m);
  const j = agreementAsOfJson(a);
  const sense =
    "recordedAt" in a.asOf
      ? w.recordedBy(a.asOf.recordedAt)
      : "occurredAt" in a.asOf
        ? w.effectiveBy(a.asOf.occurredAt, a.eventsLeftOut)
        : "";
  const party = (p: { name: string; id: string }) => `${p.name} (${p.id})`;
  const lines = [
    `${w.heading(a.agreementId, j.revision, j.streamRevision)}${sense}`,
    w.statusLine(
      w.status[j.status] ?? j.status,
      j.period ? w.period(j.period.start, j.period.end) : undefined,
      j.closedOn ?? undefined,
    ),
  ];
  if (j.parties) lines.push(w.parties(party(j.parties.municipality), party(j.parties.provider)));
  lines.push(
    w.policy(
      j.policyVersion,
      Object.keys(j.signatures).map((p) => m.lifecycle.partyName[p] ?? p),
    ),
    w.contract(j.totals.current.map(quantityText).join(", ") || w.empty),
    ...j.current.map((e) => `  ${positionKey(e.position).padEnd(24)} ${quantityText(e.quantity)}`),
  );
  if (j.products.length > 0) {
    lines.push(w.products);
    for (const p of j.products)
      lines.push(
        w.product(
          positionKey(p.row),
          p.name,
          p.contract.map((e) => w.inDistrict(quantityText(e.quantity), e.position.district ?? "")).join(", "),
          p.offer === undefined ? undefined : quantityText(p.offer),
        ),
      );
  }
  if (j.pendingReallocations.length > 0) {
    lines.push(w.pending);
    for (const p of j.pendingReallocations)
      lines.push(
        w.pendingRequest(
          p.requestId,
          p.requestedBy.person,
          p.requestedBy.organisationId,
          p.requestedAt,
          p.shifts
            .map((s) => w.shift(quantityText(s.quantity), positionKey(s.from), positionKey(s.to)))
            .join("; "),
        ),
      );
  }
  if (j.results.length > 0)
    lines.push(
      w.results(
        j.results
          .map((r) => (r.corrections > 0 ? w.corrections(r.period, r.corrections) : r.period))
          .join(", "),
      ),
    );
  return lines;
};
