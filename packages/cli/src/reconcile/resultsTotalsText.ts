import type { ReachCategory } from "@grant-ledger/core";
import type { ResultsTotals } from "@grant-ledger/importer";

type ReachTotals = ResultsTotals["reach"][string];
import type { ReconcileMessages } from "../messages/reconcile.en";
import type { ReportNumbers } from "./reconcileText";

// The keys of the counts (effects, subGoals, ...) are the importer's names of the parts: data.
const counts = (c: Record<string, number>, n: ReportNumbers): string =>
  Object.entries(c)
    .map(([what, k]) => `${n.count(String(k))} ${what}`)
    .join(", ");

const section = <T>(title: string, entries: Record<string, T>, line: (key: string, value: T) => string) =>
  Object.keys(entries).length === 0
    ? []
    : [title, ...Object.entries(entries).map(([key, value]) => `  ${line(key, value)}`)];

// Categories in the importer's order (residents, volunteers, chain partners): keys of the totals.
const split = (
  c: Partial<Record<ReachCategory, string>>,
  w: ReconcileMessages["results"],
  n: ReportNumbers,
) =>
  Object.entries(c)
    .map(([category, k]) => `${w.reachCategory[category as ReachCategory]} ${n.count(k)}`)
    .join(", ");

/** One opgave's reach per category, as `--json` gives it in `categories` and `printedCategories`. */
const reachSplit = (r: ReachTotals, w: ReconcileMessages["results"], n: ReportNumbers): string =>
  w.reachCategories(
    split(r.categories ?? {}, w, n),
    r.printedCategories === undefined ? undefined : split(r.printedCategories, w, n),
  );

/**
 * The results sections' totals in the plain report, the same figures as `totals.results` in
 * `--json`: result rows per district and result area, direct hours per effect and contractor,
 * the goal tables' counts per work field, planned reach per opgave (split per category where the
 * table splits it), the frames, the summaries.
 */
export const resultsTotalsText = (
  t: ResultsTotals,
  w: ReconcileMessages["results"],
  n: ReportNumbers,
): string[] => [
  ...section(
    w.expectedResults,
    t.expectedResults,
    (district, areas) =>
      `${district}: ${Object.entries(areas)
        .map(([area, k]) => `${area}: ${k}`)
        .join(", ")} ${w.inAll(Object.values(areas).reduce((a, b) => a + b, 0))}`,
  ),
  ...section(
    w.directHours,
    t.directHours,
    (effect, byContractor) =>
      `${effect}: ${Object.entries(byContractor)
        .map(([who, hours]) => `${who} ${n.units(hours, "hours")}`)
        .join(", ")}`,
  ),
  ...section(w.goalTables, t.goalTables, (field, c) => `${field}: ${counts(c, n)}`),
  ...(Object.keys(t.reach).length === 0
    ? []
    : [
        w.reach,
        ...Object.entries(t.reach).flatMap(([opgave, r]) => [
          `  ${w.reachLine(opgave, n.count(r.planned), r.services, r.printed === undefined ? undefined : n.count(r.printed))}`,
          ...(r.categories === undefined ? [] : [`    ${reachSplit(r, w, n)}`]),
        ]),
      ]),
  ...section(w.frames, t.frames, (area, parts) => `${area}: ${counts(parts, n)}`),
  ...Object.entries(t.summaries).flatMap(([file, s]) => [
    w.summary(
      file,
      n.count(s.total),
      s.printedTotal === undefined ? undefined : n.count(s.printedTotal),
      n.count(s.forAllOpgaves),
      n.euros(s.costs),
    ),
    ...Object.entries(s.opgaves).map(
      ([opgave, o]) =>
        `  ${w.summaryOpgave(
          opgave,
          n.count(o.reach),
          o.printedReach === undefined ? undefined : n.count(o.printedReach),
          o.cost === undefined ? undefined : n.euros(o.cost),
        )}`,
    ),
  ]),
  ...Object.entries(t.impact).map(([file, byOpgave]) => w.impact(file, counts(byOpgave, n))),
  ...Object.entries(t.policyFrames).map(([file, parts]) => w.policyFrame(file, counts(parts, n))),
  ...Object.entries(t.plannings).map(([programme, parts]) => w.planning(programme, counts(parts, n))),
];
