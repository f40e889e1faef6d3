import type { Discrepancy } from "../discrepancy/discrepancy";
import { coded } from "../discrepancy/findingWords.en";
import { finding } from "./finding";
import type { SummaryOpgave } from "./summary";

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");

/**
 * The summary names an opgave in full ("Ondersteuning en preventie van huiselijk geweld …"),
 * the manifest's services sections by a short name ("Huiselijk geweld"): an opgave matches when
 * every word of the short name is in the heading, and only one heading has them all.
 */
export const headingFor = (short: string, headings: readonly string[]): string | undefined => {
  const wanted = words(short);
  const matches = headings.filter((h) => {
    const have = new Set(words(h));
    return wanted.every((w) => have.has(w));
  });
  return matches.length === 1 ? matches[0] : undefined;
};

/**
 * The summary's reach per opgave against the sum of that opgave's services table, where the
 * manifest lists both: the same document stating one reach twice, so a difference is a
 * discrepancy naming the summary's line.
 */
export const summaryAgainstServices = (
  file: string,
  opgaves: Record<string, SummaryOpgave>,
  reach: Record<string, { readonly planned: string }>,
): Discrepancy[] =>
  Object.entries(reach).flatMap(([short, r]) => {
    const heading = headingFor(short, Object.keys(opgaves));
    const o = heading === undefined ? undefined : opgaves[heading];
    if (o === undefined) return [];
    const stated = o.printedReach ?? o.reach;
    return stated === r.planned
      ? []
      : [
          finding(
            "reach-total",
            "discrepancy",
            file,
            o.line,
            r.planned,
            stated,
            coded("summary-reach-against-services", {
              heading: heading ?? short,
              stated,
              services: short,
              planned: r.planned,
            }),
          ),
        ];
  });
