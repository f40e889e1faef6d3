import { type Discrepancy, contradictions } from "../discrepancy/discrepancy";
import type { UnreadableInput } from "../table/readTable";
import type { Reconciliation } from "./reconcile";
import { resultsTotalsText } from "./resultsText";
import type { TotalsByKind } from "./totals";

/** The `--json` shape: stable, plain JSON. */
export const reconciliationJson = (r: Reconciliation) => ({
  ok: contradictions(r.discrepancies).length === 0,
  manifest: r.manifest.name,
  agreement: r.manifest.manifest.agreement.id,
  files: r.files,
  discrepancies: r.discrepancies,
  totals: r.totals,
});

export const unreadableJson = (problems: readonly UnreadableInput[]) => ({
  ok: false,
  unreadable: problems,
});

const line = (d: Discrepancy): string =>
  `${d.file}:${d.line}  ${d.severity === "note" ? "note " : ""}${d.kind}: ${d.message} (expected ${d.expected}, found ${d.found})${
    d.related && !d.message.includes(`${d.related.file}:${d.related.line}`)
      ? ` [see ${d.related.file}:${d.related.line}]`
      : ""
  }`;

const totalsText = (title: string, t: TotalsByKind): string[] =>
  Object.keys(t).length === 0
    ? []
    : [
        title,
        ...Object.entries(t).map(
          ([key, perKind]) =>
            `  ${key}: ${Object.entries(perKind)
              .map(([kind, amount]) => `${amount} ${kind}`)
              .join(", ")}`,
        ),
      ];

const budgetsText = (t: Reconciliation["totals"]): string[] =>
  Object.entries(t.budgets).map(
    ([name, b]) =>
      `budget ${name}: ${b.hours} hours, € ${b.amount} exact${b.complete ? "" : " (some lines could not be computed)"}`,
  );

const moneyText = (t: Reconciliation["totals"]): string[] => {
  const b = t.budget;
  if (Object.keys(b.groups).length === 0 && b.contributions === "0") return [];
  return [
    "money (exact euros, computed from the lines):",
    ...Object.entries(b.groups).map(([name, amount]) => `  ${name}: € ${amount}`),
    `  costs € ${b.costs}, contributions € ${b.contributions}, costs − contributions € ${b.shortfall}, grant € ${b.grant}, deficit € ${b.deficit}`,
  ];
};

/**
 * Human-readable report: discrepancies first (what to fix), then the totals that were read.
 * `money` words the budgets and the financing in another language (the CLI's catalogues);
 * without it they are printed in English.
 */
export const reconciliationText = (
  r: Reconciliation,
  money: (totals: Reconciliation["totals"]) => string[] = (t) => [...budgetsText(t), ...moneyText(t)],
): string => {
  const found = contradictions(r.discrepancies).length;
  const notes = r.discrepancies.length - found;
  const noted = notes === 0 ? "" : `, ${notes} note${notes === 1 ? "" : "s"}`;
  const head =
    found === 0
      ? `${r.manifest.name}: everything reconciles (${r.files.length} files${noted})`
      : `${r.manifest.name}: ${found} discrepanc${found === 1 ? "y" : "ies"}${noted}`;
  return [
    head,
    ...r.discrepancies.map(line),
    ...totalsText("contract per result area (cells as printed):", r.totals.contract),
    ...totalsText("offer per result area (Offerte column, per row):", r.totals.offer),
    ...totalsText("per district (annexes):", r.totals.districts),
    ...money(r.totals),
    ...resultsTotalsText(r.totals.results),
    ...r.files.map(
      (f) => `read ${f.file} (${f.encoding}, ${f.delimiter}-separated, sha256 ${f.sha256.slice(0, 12)}…)`,
    ),
  ].join("\n");
};

export const unreadableText = (problems: readonly UnreadableInput[]): string =>
  ["cannot read the input:", ...problems.map((p) => `  ${p.message}`)].join("\n");
