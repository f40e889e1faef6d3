import { describe, expect, it } from "vitest";
import type { AmendAgreement, CloseAgreement } from "../../commands/lifecycle";
import type { ReportResult } from "../../commands/reportResult";
import { noTransfers } from "../../policy/transfers";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { GROUPS } from "../../quantity/unitKind";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  approveReallocation,
  cellAt,
  commandMetadata,
  exampleSignedEvents,
  hours,
  proposeExample,
  quantityOf,
  requestReallocation,
  run,
  shift,
  signBy,
} from "../../testing";
import { given } from "../../testing/given";
import type { CellChange } from "../changes";
import { agreementDecider } from "../decider";

const signed = exampleSignedEvents();

const report = (data: Partial<ReportResult["data"]> = {}): Recorded<ReportResult> => ({
  type: "ReportResult",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    period: "2007-H1",
    realised: [{ position: cellAt("6/OBW/Velden"), quantity: hours("12.5") }],
    reach: [
      {
        expectedResultId: "er-jeugd-velden",
        reached: 17 as ReportResult["data"]["reach"][number]["reached"],
      },
    ],
    remarks: "jongerencentrum open sinds maart",
    outcomes: [
      { label: "trajecten ZRM 1-2 naar 3-4", count: 12 as ReportResult["data"]["reach"][number]["reached"] },
    ],
    ...data,
  },
  metadata: commandMetadata(actors.teamLead),
});

const amend = (
  changes: CellChange[],
  overrides: Partial<AmendAgreement["data"]> = {},
): Recorded<AmendAgreement> => ({
  type: "AmendAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    amendmentId: "am-1",
    changes,
    expectedResultChanges: [],
    agreedBy: {
      municipality: { person: actors.alderman.person, role: "wethouder" },
      provider: { person: actors.director.person, role: "directeur" },
    },
    reason: "extra budget for Velden",
    ...overrides,
  },
  metadata: commandMetadata(actors.policyOfficer),
});

const close = (reason = "final determination made"): Recorded<CloseAgreement> => ({
  type: "CloseAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    closedOn: "2008-06-30",
    finalDetermination: { amount: { cents: 85478800n }, note: "vastgesteld" },
    reason,
  },
  metadata: commandMetadata(actors.alderman),
});

describe("ReportResult", () => {
  it("records realised units, reach and aggregate outcomes", () => {
    const cmd = report();
    const { agreementId: _, ...data } = cmd.data;
    given(agreementDecider, signed)
      .when(cmd)
      .then([{ type: "ResultReported", schemaVersion: 3, data, metadata: eventMetadataFrom(cmd.metadata) }])
      .thenState(
        (s) =>
          s.results.get("2007-H1")?.corrections === 0 &&
          s.results.get("2007-H1")?.reportedBy === actors.teamLead,
      );
  });

  it("accepts a correction for the same period; the later one wins", () => {
    const first = run([report()], signed).events;
    given(agreementDecider, first)
      .when(report({ realised: [{ position: cellAt("6/OBW/Velden"), quantity: hours(14) }] }))
      .thenState((s) => {
        expect(s.results.get("2007-H1")?.realised[0]?.quantity).toEqual(hours(14));
        expect(s.results.get("2007-H1")?.corrections).toBe(1);
        return true;
      });
  });

  it("accepts a row counted in groups", () => {
    given(agreementDecider, signed)
      .when(
        report({
          realised: [{ position: { resultArea: "2", workType: "PSZ" }, quantity: quantityOf(80, GROUPS) }],
        }),
      )
      .thenEvents((es) => es.length === 1);
  });

  it("refuses a position the contract does not have", () => {
    given(agreementDecider, signed)
      .when(report({ realised: [{ position: cellAt("6/OBW/Monden"), quantity: hours(1) }] }))
      .thenFails("UnknownPosition");
  });

  it("refuses another unit kind than the position counts", () => {
    const error = given(agreementDecider, signed)
      .when(report({ realised: [{ position: cellAt("6/OBW/Velden"), quantity: quantityOf(3, GROUPS) }] }))
      .thenFails("UnitKindMismatch");
    expect(error.message).toBe("cannot report 3 groups for 6/OBW/Velden: it counts hours");
  });

  it("refuses a position given twice", () => {
    const r = { position: cellAt("6/OBW/Velden"), quantity: hours(1) };
    given(agreementDecider, signed)
      .when(report({ realised: [r, r] }))
      .thenFails("DuplicatePosition");
  });

  it("refuses reach for an unknown expected result", () => {
    given(agreementDecider, signed)
      .when(
        report({
          reach: [
            { expectedResultId: "er-x", reached: 1 as ReportResult["data"]["reach"][number]["reached"] },
          ],
        }),
      )
      .thenFails("UnknownExpectedResult");
  });

  it("refuses a period outside the agreement", () => {
    const error = given(agreementDecider, signed)
      .when(report({ period: "2008-Q1" }))
      .thenFails("PeriodOutsideAgreement");
    expect(error.message).toBe(
      "period 2008-Q1 (2008-01-01 to 2008-03-31) does not lie within the agreement period 2007-01-01 to 2007-12-31",
    );
    given(agreementDecider, signed)
      .when(report({ period: "2007" }))
      .thenEvents((es) => es.length === 1);
  });

  it("refuses a period that does not lie wholly within an agreement running from July to June", () => {
    const midYear = run([
      proposeExample({ period: { start: "2007-07-01", end: "2008-06-30" } }),
      signBy("provider"),
      signBy("municipality"),
    ]).events;
    for (const period of ["2007-H1", "2007", "2008", "2008-H2", "2007-06", "2008-Q3"]) {
      const error = given(agreementDecider, midYear)
        .when(report({ period }))
        .thenFails("PeriodOutsideAgreement");
      expect(error).toMatchObject({ period, start: "2007-07-01", end: "2008-06-30" });
    }
    for (const period of ["2007-H2", "2008-H1", "2007-Q3", "2008-Q2", "2007-07", "2008-06"]) {
      given(agreementDecider, midYear)
        .when(report({ period }))
        .thenEvents((es) => es[0]?.type === "ResultReported");
    }
  });

  it("needs a signed agreement", () => {
    given(agreementDecider, run([proposeExample()]).events)
      .when(report())
      .thenFails("AgreementNotSigned");
  });
});

describe("AmendAgreement", () => {
  // Within the default policy's 10%: applied at once.
  const reallocated = run(
    [requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 100)])],
    signed,
  ).events;

  it("changes baseline and current alike and starts a new reallocation history", () => {
    const cmd = amend([
      { position: cellAt("6/OBW/Velden"), from: hours(130), to: hours(200), reason: "more demand" },
      { position: cellAt("6/OBW/Monden"), from: null, to: hours(50), reason: "new district" },
    ]);
    const { agreementId: _, ...data } = cmd.data;
    given(agreementDecider, reallocated)
      .when(cmd)
      .then([
        {
          type: "AgreementAmended",
          schemaVersion: 1,
          data,
          metadata: eventMetadataFrom(cmd.metadata, "extra budget for Velden"),
        },
      ])
      .thenState((s) => {
        expect(s.baseline.get("6/OBW/Velden")?.quantity).toEqual(hours(200));
        expect(s.baseline.get("6/OBW/Stad")?.quantity).toEqual(hours(1223));
        expect(s.current).toEqual(s.baseline);
        expect(s.contractAtSigning.get("6/OBW/Velden")?.quantity).toEqual(hours(30));
        expect(s.transfersSinceBaseline).toEqual(noTransfers);
        return true;
      });
  });

  it("needs changes that start from the current matrix", () => {
    given(agreementDecider, reallocated)
      .when(
        amend([
          {
            position: cellAt("6/OBW/Velden"),
            from: hours(30),
            to: hours(200),
            reason: "baseline value is stale",
          },
        ]),
      )
      .thenFails("StaleChange");
  });

  it("needs a reason, a change, and a new amendment id", () => {
    const c: CellChange = { position: cellAt("6/OBW/Velden"), from: hours(30), to: hours(40), reason: "r" };
    given(agreementDecider, signed)
      .when(amend([c], { reason: "" }))
      .thenFails("ReasonRequired");
    given(agreementDecider, signed).when(amend([])).thenFails("EmptyAmendment");
    const once = run([amend([c])], signed).events;
    given(agreementDecider, once)
      .when(amend([{ ...c, from: hours(40), to: hours(50) }]))
      .thenFails("DuplicateAmendmentId");
  });

  it("keeps rows either as a total or per cell", () => {
    given(agreementDecider, signed)
      .when(
        amend([{ position: { resultArea: "6", workType: "OBW" }, from: null, to: hours(10), reason: "row" }]),
      )
      .thenFails("OverlappingGranularity");
  });

  it("needs a signed agreement", () => {
    given(agreementDecider, run([proposeExample()]).events)
      .when(amend([]))
      .thenFails("AgreementNotSigned");
  });
});

describe("CloseAgreement", () => {
  it("closes with a final determination", () => {
    const cmd = close();
    const { agreementId: _, ...data } = cmd.data;
    given(agreementDecider, signed)
      .when(cmd)
      .then([
        {
          type: "AgreementClosed",
          schemaVersion: 1,
          data,
          metadata: eventMetadataFrom(cmd.metadata, cmd.data.reason),
        },
      ])
      .thenState({ status: "closed", closedOn: "2008-06-30" });
  });

  it("needs a reason and a signed agreement", () => {
    expect(given(agreementDecider, signed).when(close(" ")).thenFails("ReasonRequired")).toMatchObject({
      subject: { kind: "closing" },
    });
    given(agreementDecider, run([proposeExample()]).events)
      .when(close())
      .thenFails("AgreementNotSigned");
  });

  it("refuses every command afterwards", () => {
    const closed = run([close()], signed).events;
    for (const cmd of [
      requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]),
      approveReallocation("r1"),
      report(),
      amend([]),
      close(),
      proposeExample(),
    ]) {
      given(agreementDecider, closed).when(cmd).thenFails("AgreementClosed");
    }
  });
});
