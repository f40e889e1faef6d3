import type { RecordedEvent } from "@grant-ledger/event-store";
import { escapeHtml } from "../html/escapeHtml";

type Json = Record<string, unknown>;
const obj = (u: unknown): Json => (typeof u === "object" && u !== null ? (u as Json) : {});
const amount = (q: unknown): string => {
  const o = obj(q);
  return o.amount === undefined ? "—" : `${String(o.amount)} ${String(o.kind ?? "")}`;
};
const place = (p: unknown): string => {
  const o = obj(p);
  return [o.resultArea, o.workType, o.district].filter((x) => x !== undefined).join("/");
};

/** Before → after of what an event changed: reallocation effects, cell changes, shifts asked for. */
const changes = (data: Json): string[] => {
  const lines: string[] = [];
  for (const e of (data.effects as unknown[]) ?? [])
    lines.push(`${place(obj(e).cell)}: ${amount(obj(e).before)} → ${amount(obj(e).after)}`);
  for (const c of [...((data.cellChanges as unknown[]) ?? []), ...((data.changes as unknown[]) ?? [])])
    lines.push(`${place(obj(c).position)}: ${amount(obj(c).from)} → ${amount(obj(c).to)}`);
  if (data.effects === undefined)
    for (const s of (data.shifts as unknown[]) ?? [])
      lines.push(`asks ${amount(obj(s).quantity)} from ${place(obj(s).from)} to ${place(obj(s).to)}`);
  for (const r of (data.realised as unknown[]) ?? [])
    lines.push(`${place(obj(r).position)}: realised ${amount(obj(r).quantity)}`);
  return lines;
};

const SHOWN = 8;
const items = (lines: readonly string[]) => lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("");
/** A long negotiation round lists its first changes; the rest fold away. */
const changeList = (lines: readonly string[]): string => {
  if (lines.length === 0) return "";
  const rest = lines.slice(SHOWN);
  return `<ul>${items(lines.slice(0, SHOWN))}</ul>${rest.length === 0 ? "" : `<details><summary>${rest.length} more</summary><ul>${items(rest)}</ul></details>`}`;
};

const row = (e: RecordedEvent): string => {
  const m = obj(e.metadata);
  const actor = obj(m.actor);
  const why = (m.reason ?? e.data.reason ?? e.data.remarks ?? "") as string;
  const diff = changes(e.data);
  return `<tr>
<td>${e.revision}</td>
<td><strong>${escapeHtml(e.type)}</strong></td>
<td>${escapeHtml(String(actor.person ?? ""))}<br><small>${escapeHtml(String(actor.role ?? ""))}, ${escapeHtml(String(actor.organisationId ?? ""))}</small></td>
<td><time>${escapeHtml(String(m.recordedAt ?? ""))}</time><br><small>occurred ${escapeHtml(String(m.occurredAt ?? ""))}</small></td>
<td>${escapeHtml(String(why))}</td>
<td>${changeList(diff)}<details><summary>data</summary><pre>${escapeHtml(JSON.stringify(e.data, null, 2))}</pre></details></td>
<td><code title="${escapeHtml(e.hash)}">${escapeHtml(e.hash.slice(0, 12))}…</code></td>
</tr>`;
};

/**
 * The audit trail as a page people read: server-rendered, no script, no external resource
 * (styles inline, allowed by the default Content-Security-Policy), every value escaped.
 */
export const auditTrailHtml = (
  agreementId: string,
  events: readonly RecordedEvent[],
  query: Record<string, unknown>,
  next: string | undefined,
): string => {
  const filters = Object.entries(query)
    .filter(([k]) => k !== "cursor")
    .map(([k, v]) => `${escapeHtml(k)}=${escapeHtml(String(v))}`)
    .join(", ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audit trail of ${escapeHtml(agreementId)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f0f0f0}small{color:#555}pre{white-space:pre-wrap;font-size:.8rem}ul{margin:0;padding-left:1rem}
</style></head><body>
<h1>Audit trail of ${escapeHtml(agreementId)}</h1>
<p>${events.length} events${filters === "" ? "" : ` (${filters})`}. Each event is hash chained to the one before it: <a href="/agreements/${encodeURIComponent(agreementId)}/verify">verify the chain</a>.</p>
<table><thead><tr><th>#</th><th>event</th><th>who</th><th>when</th><th>why</th><th>before → after</th><th>hash</th></tr></thead>
<tbody>
${events.map(row).join("\n")}
</tbody></table>
${next === undefined ? "" : `<p><a rel="next" href="${escapeHtml(next)}">next page</a></p>`}
</body></html>`;
};
