import { decoded } from "../testing/decoded";
import { ResultsFramework } from "./framework";

const d = (s: string) => s;
const toBeDetermined = (printed: string) => ({ state: "toBeDetermined", printed });

/**
 * Haren 2013 effect 1.3 (shortened) and a Rheden-style result, on the 2007 example matrix's
 * result area 2: what the tests of the framework decide and report on.
 */
export const harenStyleFramework: ResultsFramework = decoded(ResultsFramework, {
  globalGoals: [{ id: "sdg-3", sdg: 3, title: "Goede gezondheid en welzijn" }],
  effects: [
    {
      id: "1.3",
      title: "Meer jongeren voelen zich betrokken en dragen bij aan de samenleving",
      globalGoalIds: ["sdg-3"],
      priority: "A",
      portfolioHolder: "Portefeuillehouder Welzijn en zorg en jeugd",
      indicatorIds: ["1.3-deelname"],
      targetGroups: [{ label: "Jongeren 12-23 jaar", count: 225, approximate: true }],
      partners: [
        { organisation: "Torion", role: "lead" },
        { organisation: "CJG", role: "partner" },
      ],
    },
  ],
  subGoals: [{ id: "1.3-a", effectId: "1.3", text: toBeDetermined("Nader te bepalen") }],
  results: [
    {
      id: "1.3-r1",
      effectId: "1.3",
      subGoalId: "1.3-a",
      text: "ca. 30 jongeren nemen deel aan activiteiten",
      indicatorIds: ["1.3-deelname"],
      placement: { resultArea: "2", district: "Velden", workTypes: ["OBW"] },
      deadline: "2007-12-31",
    },
    {
      id: "1.3-r2",
      effectId: "1.3",
      text: "Team SLO begeleidt vrijwilligers",
      placement: { resultArea: "2", district: "Velden", team: "Team SLO", workTypes: ["OW"] },
    },
  ],
  activities: [{ id: "1.3-a1", resultId: "1.3-r1", text: "Jongerenwerk", contractor: "Torion" }],
  indicators: [
    {
      id: "1.3-deelname",
      kind: "outcome",
      text: "Aantal jongeren dat deelneemt aan activiteiten",
      unit: "jongeren",
      baseline: { value: d("20"), at: { year: 2012 } },
      target: { comparator: "changeFromBaseline", measure: "percent", bound: "atLeast", value: d("50") },
      frequency: "jaarlijks",
    },
    {
      id: "1.3-tevredenheid",
      kind: "outcome",
      text: "Cliënttevredenheid (KTO)",
      target: { comparator: "atLeast", value: d("7") },
    },
    { id: "1.3-nader", kind: "output", text: "Nader te bepalen", target: toBeDetermined("Nader te bepalen") },
  ],
  contractors: [
    {
      effectId: "1.3",
      organisation: "Torion",
      role: "lead",
      effort: [{ kind: "directHours", hours: d("1157") }],
    },
    { effectId: "1.3", organisation: "CJG", role: "partner", effort: [] },
  ],
  services: [
    { id: "jongerenwerk", service: "Jongerenwerk", planned: 30, counting: "unique", resultId: "1.3-r1" },
    { id: "info-advies", service: "Info & Advies", planned: 5400, counting: "contacts", forAllOpgaves: true },
  ],
  milestones: [
    { id: "tussen", kind: "interim", title: "Tussenevaluatie", deadline: "2007-06-30", reportedBy: "GGD" },
    {
      id: "fase-1",
      kind: "phase",
      title: "KOEK fase 1",
      deadline: "2007-09-30",
      target: { count: 15, unit: "deelnemers" },
      resultId: "1.3-r1",
    },
  ],
});
