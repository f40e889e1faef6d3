import type { ReportDocument } from "../document/document";
import { peopleNumbers } from "../format/numbers";
import type { Labels, Lang } from "../labels/labels";
import { stampLines } from "../table/stamp";
import type { ColumnType, Table } from "../table/table";
import { cellAnchor, escapeHtml } from "./escape";
import { heatMapSvg } from "./heatMap";
import { STYLE } from "./style";

/** The id of the script element that carries the document itself (for `verify-report`). */
export const DOCUMENT_ELEMENT_ID = "grant-ledger-report";

const numeric = (type: ColumnType) => type !== "text";

const shownAs = (type: ColumnType, n: ReturnType<typeof peopleNumbers>): ((v: string | null) => string) =>
  type === "number" ? n.number : type === "percent" ? n.percent : type === "euros" ? n.euros : (v) => v ?? "";

const tableHtml = (t: Table, lang: Lang): string => {
  const n = peopleNumbers(lang);
  const head = t.columns
    .map((c) => `<th scope="col"${numeric(c.type) ? ' class="num"' : ""}>${escapeHtml(c.label)}</th>`)
    .join("");
  // Per column once, not per cell: how its values are shown and how its cells open.
  // A number as Intl writes it (digits, separators, sign, `%`, `€`) holds nothing to escape.
  const shown = t.columns.map((c) => {
    const show = shownAs(c.type, n);
    return numeric(c.type) ? show : (v: string | null) => escapeHtml(show(v));
  });
  const open = t.columns.map((c) => (numeric(c.type) ? '<td class="num">' : "<td>"));
  const lines: string[] = [];
  for (const r of t.rows) {
    let line = "<tr>";
    for (let i = 0; i < r.length; i++) line += `${open[i]}${shown[i]!(r[i] ?? null)}</td>`;
    lines.push(`${line}</tr>`);
  }
  return `<table id="table-${escapeHtml(t.id)}"><caption>${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${lines.join("\n")}\n</tbody></table>`;
};

/** Per cell of the picture, its most recent history entries, as a table (the drill-down). */
export interface DrillDown {
  readonly key: string;
  readonly table: Table;
}

/**
 * One self-contained page: inline style, no script that runs, no image or font fetched. The
 * document rides along in a `<script type="application/json">`, which browsers never execute,
 * so `verify-report` can recompute an HTML report's numbers too. It rides along as the JSON
 * report's own text (`documentJson`), so the two can be compared byte for byte, and a report
 * rendered in both formats is written out once.
 */
export const renderHtml = (
  document: ReportDocument,
  documentJson: string,
  tables: readonly Table[],
  drillDown: readonly DrillDown[],
  labels: Labels,
  lang: Lang,
): string => {
  const title = `${labels.titles[document.kind] ?? document.kind}${document.agreement === null ? "" : ` – ${String(document.agreement.agreementId)}`}`;
  const stamp = stampLines(document, labels)
    .slice(1)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("");
  const picture =
    document.matrix.length === 0
      ? ""
      : heatMapSvg(document.matrix, document.kind === "realisation" ? "realisation" : "change", labels, lang);
  const drill = drillDown
    .map(
      (d) =>
        `<section id="${cellAnchor(d.key)}"><h3>${escapeHtml(d.key)}</h3>${d.table.rows.length === 0 ? `<p class="note">${escapeHtml(labels.heatMap.noHistory)}</p>` : tableHtml(d.table, lang)}<p class="note">${escapeHtml(`${labels.heatMap.fullHistory} ${d.key}`)}</p></section>`,
    )
    .join("\n");
  // `<` only as `\u003c`, so no text in the document can close the script element.
  const json = documentJson.includes("<") ? documentJson.replace(/</g, "\\u003c") : documentJson;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><dl class="stamp">${stamp}</dl></header>
<main>
${picture}
${tables.map((t) => tableHtml(t, lang)).join("\n")}
${drill === "" ? "" : `<h2>${escapeHtml(labels.heatMap.recent)}</h2>\n<div class="drill">${drill}</div>`}
</main>
<script type="application/json" id="${DOCUMENT_ELEMENT_ID}">
${json}</script>
</body>
</html>
`;
};
