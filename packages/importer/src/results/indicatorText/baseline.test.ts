import { describe, expect, it } from "vitest";
import { parseBaseline } from "./baseline";

const at = (moment: { date: string } | { year: number }) => ({
  value: { state: "toBeDetermined" },
  at: moment,
});

describe("parseBaseline", () => {
  it.each([
    // haren-2013, as printed
    ["Afname aantal uitkeringsgerechtigden per peildatum 1 jan 2013", at({ date: "2013-01-01" })],
    ["is hoger dan peiljaar 2012", at({ year: 2012 })],
    ["is lager dan het aantal op peildatum 2015", at({ year: 2015 })],
    ["AWBZ indicatie, peildatum 1-1-2012", at({ date: "2012-01-01" })],
    // the change phrase, and unseen variants
    ["t.a.v. 2005 toegenomen met 100 %", at({ year: 2005 })],
    ["ten opzichte van 2010 gedaald", at({ year: 2010 })],
    ["t.o.v. 2012 gestegen met 25", at({ year: 2012 })],
    ["per peildatum 15 maart 2014", at({ date: "2014-03-15" })],
    ["nulmeting 1 - 9 - 2013", at({ date: "2013-09-01" })],
    ["per 31 december 2013", at({ date: "2013-12-31" })],
  ])("%s", (text, expected) => {
    expect(parseBaseline(text)).toEqual(expected);
  });

  it.each([
    "Aantal vrijwilligerscontracten",
    "samenwerking t.a.v. deze voorziening",
    "per peildatum 31 feb 2013",
    "peildatum 13-13-2013",
  ])("no baseline in %s", (text) => {
    expect(parseBaseline(text)).toBeUndefined();
  });
});
