import { describe, expect, it } from "vitest";
import { parseTarget } from "./target";

const change = (measure: "absolute" | "percent", bound: string, value: string) => ({
  comparator: "changeFromBaseline",
  measure,
  bound,
  value,
});

describe("parseTarget: the phrases of the documents and the issue", () => {
  it.each([
    ["t.a.v. 2005 toegenomen met 100 %", change("percent", "atLeast", "100")],
    ["Het aantal bezoekers daalt naar 30%", { comparator: "atMost", value: "30" }],
    ["Aantal meldingen niet boven 150 per jaar", { comparator: "atMost", value: "150" }],
    ["Waardering minimaal een 7", { comparator: "atLeast", value: "7" }],
    // emmen-2007 results, haren-2013 HALT activity
    ["Er is minimaal 1 kinderclub gestart.", { comparator: "atLeast", value: "1" }],
    ["hebben geresulteerd in tenminste 20 trajecten.", { comparator: "atLeast", value: "20" }],
    ["preventieactiviteiten op tenminste 3 basisscholen per jaar.", { comparator: "atLeast", value: "3" }],
    ["met 5% toegenomen", change("percent", "atLeast", "5")],
    // haren-2013 directions, against the baseline
    [
      "Aantal cliénten met indicatie begeleiding is lager dan het aantal op peildatum 2015",
      change("absolute", "lessThan", "0"),
    ],
    [
      "Aantal mensen met een beperking dat deelneemt is hoger dan peiljaar 2012",
      change("absolute", "moreThan", "0"),
    ],
    ["Afname aantal uitkeringsgerechtigden per peildatum 1 jan 2013", change("absolute", "lessThan", "0")],
    ["Toename (nieuwe) vrijwilligers", change("absolute", "moreThan", "0")],
    ["De bezetting van de buurt- en dorpshuizen stijgt", change("absolute", "moreThan", "0")],
    ["Meldingen bij het meldpunt bezorgd zijn afgenomen", change("absolute", "lessThan", "0")],
    ["Het aantal inbraken neemt niet toe", change("absolute", "atMost", "0")],
  ])("%s", (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });
});

describe("parseTarget: unseen variants of the same kinds", () => {
  it.each([
    ["ten minste 12 deelnemers", { comparator: "atLeast", value: "12" }],
    ["minstens twee nieuwe buurtinitiatieven", { comparator: "atLeast", value: "2" }],
    ["maximaal 1.250 contacten", { comparator: "atMost", value: "1250" }],
    ["hooguit 4 weken wachttijd", { comparator: "atMost", value: "4" }],
    ["niet meer dan 10 klachten", { comparator: "atMost", value: "10" }],
    ["niet minder dan 40 deelnemers", { comparator: "atLeast", value: "40" }],
    ["stijgt naar 80 %", { comparator: "atLeast", value: "80" }],
    ["daalt tot 12,5%", { comparator: "atMost", value: "12.5" }],
    ["met 10% afgenomen", change("percent", "atMost", "-10")],
    ["afgenomen met 7,5 procent", change("percent", "atMost", "-7.5")],
    ["t.o.v. 2012 gestegen met 25", change("absolute", "atLeast", "25")],
    ["minder dan 5 wachtenden", { comparator: "lessThan", value: "5" }],
    ["meer dan 300 bezoekers", { comparator: "moreThan", value: "300" }],
    ["tussen 20 en 30 deelnemers", { comparator: "between", low: "20", high: "30" }],
    ["tussen 6,5 en 8 gemiddeld", { comparator: "between", low: "6.5", high: "8" }],
    ["rapportcijfer minimaal een 7,5", { comparator: "atLeast", value: "7.5" }],
    ["precies 4 bijeenkomsten", { comparator: "equal", value: "4" }],
    ["het aantal daalt niet", change("absolute", "atLeast", "0")],
  ])("%s", (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });
});

describe("parseTarget: no target, never a guess", () => {
  it.each([
    "Aantal vrijwilligerscontracten",
    "Veiligheidsmonitor",
    "Nader te bepalen",
    "ca. 30 jongeren nemen deel",
    "tussen 30 en 20 deelnemers",
    "minimaal 3.5 uur",
    "Tussen politie en jongerenwerk wordt informatie uitgewisseld.",
    "Balans tussen repressie en preventie",
    "",
  ])("%s", (text) => {
    expect(parseTarget(text)).toBeUndefined();
  });
});
