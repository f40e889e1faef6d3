import type { ReportDocument } from "../document/document";
import type { Labels } from "../labels/labels";

type Party = { name?: string; id?: string } | null;
const party = (p: unknown): string => {
  const x = p as Party;
  return x === null || x === undefined ? "" : `${x.name ?? ""} (${x.id ?? ""})`;
};

/** The title block as label/value pairs: what CSV writes first and HTML shows at the top. */
export const stampLines = (d: ReportDocument, labels: Labels): [string, string][] => {
  const s = labels.stamp;
  const a = d.agreement;
  const period = a?.period as { start: string; end: string } | null | undefined;
  const params = Object.entries(d.parameters).map(
    ([k, v]) => `${k}=${typeof v === "object" && v !== null && "key" in v ? String(v.key) : String(v)}`,
  );
  return [
    [labels.titles[d.kind] ?? d.kind, d.format],
    ...(a === null
      ? []
      : ([
          [s.agreement, String(a.agreementId)],
          [s.municipality, party(a.municipality)],
          [s.provider, party(a.provider)],
          [s.period, period == null ? "" : `${period.start} – ${period.end}`],
          [s.status, String(a.status ?? "")],
        ] as [string, string][])),
    [s.producedAt, d.producedAt],
    [s.asOf, d.asOf.requested === "last" ? s.last : d.asOf.requested],
    // Which events: the sense of the as-of and their count, so an auditor can pick them again.
    [s.basis, labels.bases[d.asOf.basis]],
    ...(d.asOf.revision === null ? [] : ([[s.includedRevision, d.asOf.revision]] as [string, string][])),
    [s.eventsIncluded, d.asOf.eventsIncluded],
    [s.eventsLeftOut, d.asOf.eventsLeftOut],
    [s.stream, d.checkpoint.streamId],
    [s.revision, d.checkpoint.revision],
    [s.globalPosition, d.checkpoint.globalPosition],
    [s.hash, d.checkpoint.hash],
    ...(params.length === 0 ? [] : ([[s.parameters, params.join(", ")]] as [string, string][])),
  ];
};
