import { ResultsFramework, ResultsMeasurement } from "@grant-ledger/core";
import {
  decoded,
  givenView,
  harenStyleFramework,
  proposeExample,
  recordResultsFramework,
  reportResultsMeasurement,
  run,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { realisationOf } from "./query";
import { realisationFold } from "./realisation";

const ID = "emmen-sedna-2007-example";
const base = () => run([proposeExample(), signBy("provider"), signBy("municipality")]);
const framed = () => run([recordResultsFramework(harenStyleFramework)], base().events);
const measurement = (json: Record<string, unknown>) =>
  decoded(ResultsMeasurement, { indicators: [], reach: [], effects: [], milestones: [], ...json });
const afterFramed = (ms: Record<string, unknown>[]) => {
  const before = framed();
  const more = run(
    ms.map((m, i) => reportResultsMeasurement(measurement(m), undefined, `meting-${i}`)),
    before.events,
  );
  return {
    before: recorded(before.events),
    more: recorded(more.events.slice(before.events.length), before.events.length),
  };
};
const framework = (s: Parameters<typeof memoryRowSource>[0]) =>
  realisationOf(memoryRowSource(s), ID)?.framework;

describe("the realisation of the results framework", () => {
  it("is null until a framework is recorded", () => {
    givenView(realisationFold, recorded(base().events))
      .when()
      .thenQuery((s) => framework(s), null);
  });

  it("judges each indicator against its target per period, with baseline, realised value and the change", () => {
    const { before, more } = afterFramed([
      { period: "2007-H2", indicators: [{ indicatorId: "1.3-deelname", value: "31" }] },
    ]);
    givenView(realisationFold, before)
      .when(...more)
      .thenQuery(
        (s) =>
          framework(s)?.periods[0]?.indicators.map((i) => [
            i.indicatorId,
            i.baseline,
            i.realised,
            i.verdict,
            i.reason,
            i.change,
          ]),
        [
          ["1.3-deelname", { value: "20", at: "2012" }, "31", "met", null, "11"],
          ["1.3-tevredenheid", null, null, "notMeasurable", "noMeasurement", null],
          ["1.3-nader", null, null, "notMeasurable", "targetToBeDetermined", null],
        ],
      );
  });

  it("rolls verdicts up from results to effects to global goals, and shows a missed milestone", () => {
    const { before, more } = afterFramed([
      {
        period: "2007-H2",
        indicators: [
          { indicatorId: "1.3-deelname", value: "25" },
          { indicatorId: "1.3-tevredenheid", value: "7.2" },
        ],
        milestones: [{ milestoneId: "fase-1", reachedOn: "2007-09-20", achieved: 12 }],
      },
    ]);
    const s = givenView(realisationFold, before).when(...more).state;
    const p = framework(s)?.periods[0];
    // 1.3-deelname: +25 % against 20 where +50 % was agreed, not met; named by the effect and its result 1.3-r1, counted once.
    expect(p?.effects[0]).toMatchObject({ effectId: "1.3", met: 0, notMet: 1, notMeasurable: 0 });
    expect(p?.effects[0]?.results).toEqual([
      { resultId: "1.3-r1", met: 0, notMet: 1, notMeasurable: 0 },
      { resultId: "1.3-r2", met: 0, notMet: 0, notMeasurable: 0 },
    ]);
    expect(p?.goals[0]).toMatchObject({ globalGoalId: "sdg-3", sdg: 3, met: 0, notMet: 1, notMeasurable: 0 });
    expect(p?.milestones.map((m) => [m.milestoneId, m.state])).toEqual([
      ["tussen", "missed"],
      ["fase-1", "missed"],
    ]);
  });

  it("rolls a result whose row names two effects up to both (Rheden: one cell, two effects)", () => {
    const twoEffects = {
      ...harenStyleFramework,
      effects: [...harenStyleFramework.effects, { id: "1.4", title: "Dure zorg voorkomen" }],
      results: harenStyleFramework.results.map((r) =>
        r.id === "1.3-r1" ? { ...r, alsoEffectIds: ["1.4"] } : r,
      ),
    };
    const before = run([recordResultsFramework(twoEffects)], base().events);
    const more = run(
      [
        reportResultsMeasurement(
          measurement({ period: "2007-H2", indicators: [{ indicatorId: "1.3-deelname", value: "25" }] }),
          undefined,
          "meting-0",
        ),
      ],
      before.events,
    );
    const s = givenView(realisationFold, recorded(before.events)).when(
      ...recorded(more.events.slice(before.events.length), before.events.length),
    ).state;
    const effects = framework(s)?.periods[0]?.effects ?? [];
    expect(effects.map((e) => [e.effectId, e.results.map((r) => r.resultId), e.notMet])).toEqual([
      ["1.3", ["1.3-r1", "1.3-r2"], 1],
      ["1.4", ["1.3-r1"], 1],
    ]);
  });

  it("shows planned and realised reach per service, unique and not, and the effect aggregates", () => {
    const { before, more } = afterFramed([
      {
        period: "2007-H2",
        reach: [
          { serviceId: "jongerenwerk", realised: 28, counting: "unique" },
          { serviceId: "info-advies", realised: 5100, counting: "contacts" },
        ],
        effects: [{ kind: "satisfactionMean", indicatorId: "1.3-tevredenheid", mean: "7.4", n: 41 }],
      },
    ]);
    const s = givenView(realisationFold, before).when(...more).state;
    const p = framework(s)?.periods[0];
    expect(p?.reach.map((r) => [r.serviceId, r.counting, r.planned, r.realised, r.forAllOpgaves])).toEqual([
      ["jongerenwerk", "unique", 30, 28, false],
      ["info-advies", "contacts", 5400, 5100, true],
    ]);
    expect(p?.effectAggregates).toEqual([
      { kind: "satisfactionMean", indicatorId: "1.3-tevredenheid", mean: "7.4", n: 41 },
    ]);
  });

  it("splits planned and realised reach per category where the framework or the measurement does", () => {
    const split = decoded(ResultsFramework, {
      ...ResultsFramework.encode(harenStyleFramework),
      services: harenStyleFramework.services.map((x) =>
        x.id === "jongerenwerk"
          ? {
              ...x,
              categories: [
                { category: "residents", count: 25 },
                { category: "volunteers", count: 5 },
              ],
            }
          : x,
      ),
    });
    const before = run([recordResultsFramework(split)], base().events);
    const more = run(
      [
        reportResultsMeasurement(
          measurement({
            period: "2007-H2",
            reach: [
              {
                serviceId: "jongerenwerk",
                realised: 28,
                counting: "unique",
                categories: [
                  { category: "residents", count: 20 },
                  { category: "chainPartners", count: 8 },
                ],
              },
            ],
          }),
          undefined,
          "meting-0",
        ),
      ],
      before.events,
    );
    const s = givenView(realisationFold, recorded(before.events)).when(
      ...recorded(more.events.slice(before.events.length), before.events.length),
    ).state;
    const reach = framework(s)?.periods[0]?.reach ?? [];
    expect(reach.map((r) => [r.serviceId, r.categories])).toEqual([
      [
        "jongerenwerk",
        [
          { category: "residents", planned: 25, realised: 20 },
          { category: "volunteers", planned: 5, realised: null },
          { category: "chainPartners", planned: null, realised: 8 },
        ],
      ],
      ["info-advies", []],
    ]);
  });

  it("shows a result on a position the contract does not fund as a note once signed, as the state does", () => {
    const unfunded = (s: Parameters<typeof memoryRowSource>[0]) =>
      realisationOf(memoryRowSource(s), ID)?.unfunded;
    givenView(realisationFold, recorded(framed().events))
      .when()
      .thenQuery(unfunded, [{ resultId: "1.3-r2", position: "2/OW/Velden", severity: "note" }]);
    // Before signing there is no plan to judge against.
    const draft = run([proposeExample(), recordResultsFramework(harenStyleFramework)]).events;
    givenView(realisationFold, recorded(draft)).when().thenQuery(unfunded, []);
  });

  it("keeps the latest measurement of a period and counts the corrections", () => {
    const { before, more } = afterFramed([
      { period: "2007-H2", indicators: [{ indicatorId: "1.3-deelname", value: "25" }] },
      { period: "2007-H2", indicators: [{ indicatorId: "1.3-deelname", value: "30" }] },
    ]);
    const s = givenView(realisationFold, before).when(...more).state;
    const p = framework(s)?.periods;
    expect(p?.map((x) => [x.period, x.corrections, x.indicators[0]?.verdict])).toEqual([
      ["2007-H2", 1, "met"],
    ]);
  });
});
