/** The page's only style: inline, so the file makes no request; A4 in print. */
export const STYLE = `
:root { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; }
body { margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.stamp { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
.stamp dt { font-weight: bold; }
.stamp dd { margin: 0; font-family: "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
/* A report's own tables are titled by their caption alone (no heading repeating it): set as a heading. */
main > table > caption { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
th, td { border: 1px solid #bbb; padding: .15rem .35rem; vertical-align: top; }
thead th { background: #eee; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.heat-map svg { max-width: 100%; height: auto; font-size: 11px; }
.heat-map rect.cell { stroke: #fff; }
.heat-map a:focus rect.cell, .heat-map a:hover rect.cell { stroke: #000; stroke-width: 2; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .75rem; font-size: .85rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .25rem; vertical-align: middle; border: 1px solid #999; }
.drill section { break-inside: avoid; }
.note { color: #555; font-size: .85rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  :root { font-size: 8.5pt; }
  body { margin: 0; max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr, .heat-map { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
