import type { ResultsTotals } from "../results";

const counts = (c: Record<string, number>): string =>
  Object.entries(c)
    .map(([what, n]) => `${n} ${what}`)
    .join(", ");

/**
 * The results sections' totals in the plain report, the same figures as `totals.results` in
 * `--json`: result rows per district and result area, direct hours per effect and contractor
 * (exact, as printed), the goal tables' counts per work field, planned reach per opgave.
 */
export const resultsTotalsText = (t: ResultsTotals): string[] => [
  ...(Object.keys(t.expectedResults).length === 0
    ? []
    : [
        "expected results per district (rows per result area):",
        ...Object.entries(t.expectedResults).map(
          ([district, areas]) =>
            `  ${district}: ${Object.entries(areas)
              .map(([area, n]) => `${area}: ${n}`)
              .join(", ")} (${Object.values(areas).reduce((a, b) => a + b, 0)} in all)`,
        ),
      ]),
  ...(Object.keys(t.directHours).length === 0
    ? []
    : [
        "direct hours per effect and contractor:",
        ...Object.entries(t.directHours).map(
          ([effect, byContractor]) =>
            `  ${effect}: ${Object.entries(byContractor)
              .map(([who, hours]) => `${who} ${hours} hours`)
              .join(", ")}`,
        ),
      ]),
  ...(Object.keys(t.goalTables).length === 0
    ? []
    : [
        "goal tables per work field:",
        ...Object.entries(t.goalTables).map(([field, c]) => `  ${field}: ${counts(c)}`),
      ]),
  ...(Object.keys(t.reach).length === 0
    ? []
    : [
        "planned reach per opgave (sum of the services; printed total):",
        ...Object.entries(t.reach).map(
          ([opgave, r]) =>
            `  ${opgave}: ${r.planned} over ${r.services} service${r.services === 1 ? "" : "s"}${r.printed === undefined ? "" : `; printed ${r.printed}`}`,
        ),
      ]),
  ...(Object.keys(t.frames).length === 0
    ? []
    : [
        "frames per result area (labelled parts):",
        ...Object.entries(t.frames).map(([area, parts]) => `  ${area}: ${counts(parts)}`),
      ]),
  ...Object.entries(t.summaries).flatMap(([file, s]) => [
    `summary ${file}: reach ${s.total}${s.printedTotal === undefined ? "" : ` (printed ${s.printedTotal})`}, of which ${s.forAllOpgaves} for all opgaves; costs € ${s.costs}`,
    ...Object.entries(s.opgaves).map(
      ([opgave, o]) =>
        `  ${opgave}: reach ${o.reach}${o.printedReach === undefined ? "" : ` (printed ${o.printedReach})`}${o.cost === undefined ? "" : `, € ${o.cost}`}`,
    ),
  ]),
  ...Object.entries(t.impact).map(([file, byOpgave]) => `impact ${file}: ${counts(byOpgave)}`),
  ...Object.entries(t.policyFrames).map(([file, parts]) => `policy frame ${file}: ${counts(parts)}`),
];
