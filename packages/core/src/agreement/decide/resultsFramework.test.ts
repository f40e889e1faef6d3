import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { PlannedService, type ResultsFramework } from "../../results/framework";
import { ResultsMeasurement } from "../../results/measurement";
import {
  actors,
  decoded,
  exampleSignedEvents,
  given,
  harenStyleFramework,
  proposeExample,
  recordResultsFramework,
  reportResultsMeasurement,
  run,
} from "../../testing";
import { agreementDecider } from "../decider";
import { unfundedResultPositions } from "../resultFindings";
import { decodeSnapshot, encodeSnapshot } from "../snapshot";

const measurement = (overrides: Record<string, unknown> = {}): ResultsMeasurement =>
  decoded(ResultsMeasurement, {
    period: "2007-H2",
    indicators: [{ indicatorId: "1.3-deelname", value: "31" }],
    reach: [
      {
        serviceId: "jongerenwerk",
        realised: 28,
        counting: "unique",
        categories: [{ category: "residents", count: 28 }],
      },
    ],
    effects: [
      {
        kind: "zrmTransition",
        lifeDomain: "socialParticipation",
        from: { low: 1, high: 2 },
        to: { low: 3, high: 4 },
        trajectories: 12,
      },
      { kind: "satisfactionMean", indicatorId: "1.3-tevredenheid", mean: "7.4", n: 41 },
    ],
    milestones: [{ milestoneId: "fase-1", reachedOn: "2007-09-15", achieved: 15 }],
    ...overrides,
  });

const ReachCategorySplit = t.array(PlannedService);

const framed = () => run([recordResultsFramework(harenStyleFramework)], exampleSignedEvents()).events;

describe("the results framework", () => {
  it("is recorded by either party while negotiating, and then by the municipality only", () => {
    const proposed = run([proposeExample()]).events;
    given(agreementDecider, proposed)
      .when(recordResultsFramework(harenStyleFramework, actors.director))
      .thenState((s) => s.resultsFramework.framework?.effects[0]?.id === "1.3");
    given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework(harenStyleFramework, actors.director))
      .thenFails("PartyNotAllowed");
    given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework(harenStyleFramework, actors.alderman))
      .thenEvents((es) => es.length === 1 && es[0]?.type === "ResultsFrameworkRecorded");
  });

  it("refuses an id given twice or a reference to something it does not hold, and says which", () => {
    const twice = {
      ...harenStyleFramework,
      effects: [...harenStyleFramework.effects, ...harenStyleFramework.effects],
    };
    const e1 = given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework(twice))
      .thenFails("InvalidResultsFramework");
    expect(e1.message).toBe("results framework: effect 1.3 is given twice");
    const dangling = {
      ...harenStyleFramework,
      results: [{ id: "r", text: "x", effectId: "9.9" }] as ResultsFramework["results"],
    };
    const e2 = given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework(dangling))
      .thenFails("InvalidResultsFramework");
    expect(e2.message).toBe(
      "results framework: result r names effect 9.9, which the framework does not hold",
    );
    const category = decoded(
      ReachCategorySplit,
      harenStyleFramework.services.map((s) => ({
        ...s,
        categories: [
          { category: "residents", count: 10 },
          { category: "residents", count: 20 },
        ],
      })),
    );
    const e3 = given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework({ ...harenStyleFramework, services: category }))
      .thenFails("InvalidResultsFramework");
    expect(e3.message).toBe("results framework: service jongerenwerk gives category residents twice");
  });

  it("records a result on a cell the contract does not fund, with a note instead of a refusal", () => {
    given(agreementDecider, exampleSignedEvents())
      .when(recordResultsFramework(harenStyleFramework))
      .thenState((s) => {
        expect(unfundedResultPositions(s)).toEqual([
          { kind: "unfundedPosition", severity: "note", resultId: "1.3-r2", position: "2/OW/Velden" },
        ]);
        return true;
      });
  });
});

describe("a period's measurement", () => {
  it("is kept per period, aggregates only; a later one for the same period replaces it", () => {
    const first = run([reportResultsMeasurement(measurement())], framed()).events;
    given(agreementDecider, first)
      .when(
        reportResultsMeasurement(
          measurement({ remark: "correctie na telling" }),
          actors.teamLead,
          "meting-2",
        ),
      )
      .thenState((s) => {
        expect(s.resultsFramework.measurements.get("2007-H2")?.remark).toBe("correctie na telling");
        return s.resultsFramework.measurements.size === 1;
      });
  });

  it("needs a signed agreement with a framework, a period within the agreement, and ids the framework holds", () => {
    given(agreementDecider, exampleSignedEvents())
      .when(reportResultsMeasurement(measurement()))
      .thenFails("NoResultsFramework");
    given(agreementDecider, framed())
      .when(reportResultsMeasurement(measurement({ period: "2008-H1" })))
      .thenFails("PeriodOutsideAgreement");
    const unknown = given(agreementDecider, framed())
      .when(reportResultsMeasurement(measurement({ indicators: [{ indicatorId: "9.9", value: "1" }] })))
      .thenFails("UnknownFrameworkItem");
    expect(unknown.message).toBe("the results framework has no indicator 9.9");
    given(agreementDecider, framed())
      .when(
        reportResultsMeasurement(
          measurement({
            milestones: [
              { milestoneId: "tussen", reachedOn: "2007-06-30" },
              { milestoneId: "tussen", reachedOn: "2007-07-01" },
            ],
          }),
        ),
      )
      .thenFails("DuplicatePosition");
    const category = given(agreementDecider, framed())
      .when(
        reportResultsMeasurement(
          measurement({
            reach: [
              {
                serviceId: "jongerenwerk",
                realised: 28,
                counting: "unique",
                categories: [
                  { category: "volunteers", count: 8 },
                  { category: "volunteers", count: 20 },
                ],
              },
            ],
          }),
        ),
      )
      .thenFails("DuplicatePosition");
    expect(category.message).toBe(
      "the measurement for 2007-H2 gives category volunteers of service jongerenwerk twice",
    );
  });

  it.each([
    [{ kind: "satisfactionMean", indicatorId: "1.3-tevredenheid", mean: "8", n: 4 }, 4],
    [
      {
        kind: "satisfactionDistribution",
        indicatorId: "1.3-tevredenheid",
        counts: [
          { score: "7", count: 2 },
          { score: "8", count: 1 },
        ],
      },
      3,
    ],
  ])(
    "refuses a KTO score over fewer than 5 answers (privacy: small n identifies a resident): %o",
    (effect, n) => {
      const error = given(agreementDecider, framed())
        .when(reportResultsMeasurement(measurement({ effects: [effect] })))
        .thenFails("SatisfactionSampleTooSmall");
      expect(error).toMatchObject({
        _tag: "SatisfactionSampleTooSmall",
        indicatorId: "1.3-tevredenheid",
        n,
        minimum: 5,
      });
    },
  );

  it("accepts a KTO mean over exactly 5 answers", () => {
    given(agreementDecider, framed())
      .when(
        reportResultsMeasurement(
          measurement({
            effects: [{ kind: "satisfactionMean", indicatorId: "1.3-tevredenheid", mean: "7.4", n: 5 }],
          }),
        ),
      )
      .thenEvents((events) => events.length === 1 && events[0]?.type === "ResultsMeasured");
  });

  it("counts reach as the service plans it: contacts are not reported as unique residents", () => {
    const error = given(agreementDecider, framed())
      .when(
        reportResultsMeasurement(
          measurement({ reach: [{ serviceId: "info-advies", realised: 5000, counting: "unique" }] }),
        ),
      )
      .thenFails("ReachCountingMismatch");
    expect(error.message).toBe(
      "service info-advies counts contacts, the measurement for 2007-H2 reports unique",
    );
  });

  it("refuses a measured reach whose categories count more than the reach; a split that leaves a category out is recorded", () => {
    const reach = (counts: readonly [string, number][]) =>
      measurement({
        reach: [
          {
            serviceId: "jongerenwerk",
            realised: 28,
            counting: "unique",
            categories: counts.map(([category, count]) => ({ category, count })),
          },
        ],
      });
    const error = given(agreementDecider, framed())
      .when(
        reportResultsMeasurement(
          reach([
            ["residents", 20],
            ["volunteers", 9],
          ]),
        ),
      )
      .thenFails("ReachSplitAboveReach");
    expect(error).toMatchObject({
      serviceId: "jongerenwerk",
      period: "2007-H2",
      split: "29",
      realised: "28",
    });
    expect(error.message).toBe(
      "service jongerenwerk: the measurement for 2007-H2 splits its reach into categories that count 29, more than the realised reach of 28",
    );
    // Volunteers not measured this half-year: the split is partial, not wrong.
    given(agreementDecider, framed())
      .when(reportResultsMeasurement(reach([["residents", 20]])))
      .thenEvents((events) => events.length === 1 && events[0]?.type === "ResultsMeasured");
  });

  it("survives a snapshot round trip with the framework", () => {
    const { state } = run([reportResultsMeasurement(measurement())], framed());
    const read = decodeSnapshot(JSON.parse(JSON.stringify(encodeSnapshot(state))));
    expect(read.outcome).toBe("usable");
    if (read.outcome === "usable") {
      expect(read.state.resultsFramework.framework).toEqual(state.resultsFramework.framework);
      expect(read.state.resultsFramework.measurements.get("2007-H2")).toEqual(measurement());
    }
  });
});
