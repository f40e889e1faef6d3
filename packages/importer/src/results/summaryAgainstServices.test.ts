import { describe, expect, it } from "vitest";
import type { SummaryOpgave } from "./summary";
import { summaryAgainstServices } from "./summaryAgainstServices";

const o = (reach: string, line: number): SummaryOpgave => ({ reach, printedReach: reach, services: 1, line });
// The headings of sedna-2022's summary and the short names of its services sections.
const SUMMARY = {
  "Het doorbreken van armoede": o("1055", 11),
  "Perspectief voor jeugdigen": o("2250", 20),
  "Ondersteuning en preventie van huiselijk geweld middels een integrale werkwijze": o("410", 40),
  "Het versterken van de zelfredzaamheid van inwoners": o("2460", 49),
};

describe("the summary's reach per opgave against its services table", () => {
  it("agrees for the 2022 application (the README's check), matching short names to headings", () => {
    const reach = {
      "Doorbreken van armoede": { planned: "1055" },
      "Perspectief voor jeugdigen": { planned: "2250" },
      "Huiselijk geweld": { planned: "410" },
      "Versterken zelfredzaamheid": { planned: "2460" },
    };
    expect(summaryAgainstServices("s.tsv", SUMMARY, reach)).toEqual([]);
  });

  it("reports a difference as a discrepancy on the summary's subtotal line", () => {
    const found = summaryAgainstServices("s.tsv", SUMMARY, { "Huiselijk geweld": { planned: "400" } });
    expect(found.map((d) => [d.kind, d.severity, d.line, d.expected, d.found])).toEqual([
      ["reach-total", "discrepancy", 40, "400", "410"],
    ]);
  });

  it("checks nothing when a short name matches no heading, or more than one", () => {
    expect(summaryAgainstServices("s.tsv", SUMMARY, { Mantelzorg: { planned: "1" } })).toEqual([]);
    expect(summaryAgainstServices("s.tsv", SUMMARY, { van: { planned: "1" } })).toEqual([]);
  });
});
