import { parseDecimal, percentOf, subtract, toDecimalString } from "@grant-ledger/core";
import type { MatrixCell } from "../document/document";
import { peopleNumbers } from "../format/numbers";
import type { Labels, Lang } from "../labels/labels";
import { cellAnchor, escapeHtml } from "./escape";

export type Colouring = "change" | "realisation";

/** Classes of the picture, each with its colour and its range in the legend. */
const CHANGE_CLASSES = [
  { upTo: -20, fill: "#b2182b", label: "≤ −20%" },
  { upTo: -5, fill: "#ef8a62", label: "−20% … −5%" },
  { upTo: -0.0001, fill: "#fddbc7", label: "−5% … 0%" },
  { upTo: 0, fill: "#f7f7f7", label: "0%" },
  { upTo: 5, fill: "#d1e5f0", label: "0% … 5%" },
  { upTo: 20, fill: "#67a9cf", label: "5% … 20%" },
  { upTo: Number.POSITIVE_INFINITY, fill: "#2166ac", label: "> 20%" },
];
const REALISATION_CLASSES = [
  { upTo: 25, fill: "#edf8e9", label: "< 25%" },
  { upTo: 50, fill: "#bae4b3", label: "25% … 50%" },
  { upTo: 75, fill: "#74c476", label: "50% … 75%" },
  { upTo: 100, fill: "#31a354", label: "75% … 100%" },
  { upTo: Number.POSITIVE_INFINITY, fill: "#006d2c", label: "> 100%" },
];
const NOTHING = "#dddddd";

// Result areas are codes such as "2" and "10": numbers in numeric order, then the rest.
const areaOrder = (a: string, b: string): number => {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isInteger(x) && Number.isInteger(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * The share a cell's colour stands for, as a whole percentage: rounded exactly by the core,
 * turned into a number only to pick a colour class.
 */
const shareOf = (c: MatrixCell, colouring: Colouring): number | undefined => {
  const base = parseDecimal((colouring === "change" ? c.contract : c.current) ?? "");
  const part = parseDecimal((colouring === "change" ? c.current : c.realised) ?? "");
  if (base === undefined || part === undefined || base.units === 0n) return undefined;
  const share = colouring === "change" ? percentOf(subtract(part, base), base, 0) : percentOf(part, base, 0);
  return Number(toDecimalString(share));
};

const classOf = (share: number | undefined, colouring: Colouring) => {
  const classes = colouring === "change" ? CHANGE_CLASSES : REALISATION_CLASSES;
  return share === undefined ? undefined : classes.find((k) => share <= k.upTo);
};

const CELL_W = 86;
const CELL_H = 26;
const LEFT = 96;
const TOP = 30;

/**
 * The matrix as an SVG heat map: a row per result area and work type, a column per district,
 * one `rect.cell` per cell, each a link to the cell's history further down the page.
 */
export const heatMapSvg = (
  cells: readonly MatrixCell[],
  colouring: Colouring,
  labels: Labels,
  lang: Lang,
): string => {
  const n = peopleNumbers(lang);
  const rows = [...new Set(cells.map((c) => `${c.resultArea}\u0000${c.workType}`))].sort((a, b) => {
    const [ra, wa] = a.split("\u0000") as [string, string];
    const [rb, wb] = b.split("\u0000") as [string, string];
    return areaOrder(ra, rb) || (wa < wb ? -1 : wa > wb ? 1 : 0);
  });
  const districts = [...new Set(cells.map((c) => c.district))].sort();
  const width = LEFT + districts.length * CELL_W + 10;
  const height = TOP + rows.length * CELL_H + 10;
  const parts: string[] = [];
  districts.forEach((d, i) =>
    parts.push(
      `<text class="col" x="${LEFT + i * CELL_W + CELL_W / 2}" y="${TOP - 10}" text-anchor="middle">${escapeHtml(d)}</text>`,
    ),
  );
  rows.forEach((r, j) => {
    const [area, workType] = r.split("\u0000") as [string, string];
    parts.push(
      `<text class="row" x="${LEFT - 8}" y="${TOP + j * CELL_H + CELL_H / 2 + 4}" text-anchor="end">${escapeHtml(`${area} ${workType}`)}</text>`,
    );
  });
  for (const c of cells) {
    const x = LEFT + districts.indexOf(c.district) * CELL_W;
    const y = TOP + rows.indexOf(`${c.resultArea}\u0000${c.workType}`) * CELL_H;
    const share = shareOf(c, colouring);
    const fill = classOf(share, colouring)?.fill ?? NOTHING;
    const shown = colouring === "change" ? c.current : c.realised;
    const unit = labels.kinds[c.kind] ?? c.kind;
    const tip = [
      c.key,
      `${labels.columns.contract}: ${n.number(c.contract)} ${unit}`,
      `${labels.columns.current}: ${n.number(c.current)} ${unit}`,
      `${labels.columns.realised}: ${n.number(c.realised)}`,
      share === undefined ? "" : `${share}%`,
    ].join("\n");
    parts.push(
      `<a href="#${cellAnchor(c.key)}"><rect class="cell" data-cell="${escapeHtml(c.key)}" x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}"><title>${escapeHtml(tip)}</title></rect><text class="value" x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 4}" text-anchor="middle">${escapeHtml(n.number(shown))}</text></a>`,
    );
  }
  const legend = (colouring === "change" ? CHANGE_CLASSES : REALISATION_CLASSES)
    .map((k) => `<li><span class="swatch" style="background:${k.fill}"></span>${escapeHtml(k.label)}</li>`)
    .join("");
  return [
    `<figure class="heat-map"><figcaption>${escapeHtml(labels.heatMap.title)} (${escapeHtml(colouring === "change" ? labels.heatMap.byChange : labels.heatMap.byRealisation)})</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(labels.heatMap.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join("")}</svg>`,
    `<ul class="legend">${legend}<li><span class="swatch" style="background:${NOTHING}"></span>–</li></ul></figure>`,
  ].join("\n");
};
