import { type AgreementAsOf, agreementAsOfJson } from "@grant-ledger/agreements";
import { positionKey } from "@grant-ledger/core";
import type { NumberFormats } from "../format/numbers";
import type { Messages } from "../messages/catalogue";
import { viewQuantity } from "../views/viewText";

/** An agreement as of a revision or moment, for people: a heading, the terms, the contract as it stands, what is open. */
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
  if (j.products.length > 0) {
    lines.push("products within work types:");
    for (const p of j.products)
      lines.push(
        `  ${positionKey(p.row).padEnd(24)} ${p.name}: ${p.contract.map((e) => `${quantityText(e.quantity)} in ${e.position.district}`).join(", ") || "no contract units"}${p.offer ? ` (offer ${quantityText(p.offer)})` : ""}`,
      );
  }
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
