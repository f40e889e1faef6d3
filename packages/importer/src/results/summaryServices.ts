import { slug } from "../naming/slug";
import type { SummaryRow } from "./summary";
import { headingFor } from "./summaryAgainstServices";

/**
 * The summary's services as planned services of the framework, for the opgaves that no
 * `services` section lists (those tables are the finer source: they say who delivers). A row
 * for all opgaves (`Info & Advies (alle opgaves)`) is one service with `forAllOpgaves`; a reach
 * printed as `ntb.` or `-` stays to be determined, as printed.
 */
export const summaryServices = (
  rows: readonly SummaryRow[],
  headings: readonly string[],
  listedOpgaves: readonly string[],
  counting: "unique" | "contacts",
): Record<string, unknown>[] => {
  const covered = new Set(listedOpgaves.map((o) => headingFor(o, headings)));
  const used = new Set<string>();
  return rows
    .filter((r) => r.opgave === undefined || !covered.has(r.opgave))
    .map((r) => {
      const base = `samenvatting/${slug(r.opgave ?? "alle-opgaves")}/${slug(r.service)}`;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return {
        id,
        service: r.service,
        planned:
          r.planned ??
          (r.printed === "" ? { state: "toBeDetermined" } : { state: "toBeDetermined", printed: r.printed }),
        counting,
        ...(r.opgave === undefined ? { forAllOpgaves: true } : { opgave: r.opgave }),
      };
    });
};
