import { describe, expect, it } from "vitest";
import type { NegotiateAgreement } from "../../commands/lifecycle";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { GROUPS } from "../../quantity/unitKind";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  cellAt,
  commandMetadata,
  exampleContract,
  hours,
  proposeExample,
  quantityOf,
  run,
  signBy,
} from "../../testing";
import { given } from "../../testing/given";
import type { CellChange, ExpectedResultChange } from "../changes";
import { agreementDecider } from "../decider";

const negotiate = (
  round: number,
  cellChanges: CellChange[],
  expectedResultChanges: ExpectedResultChange[] = [],
): Recorded<NegotiateAgreement> => ({
  type: "NegotiateAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    round: round as NegotiateAgreement["data"]["round"],
    cellChanges,
    expectedResultChanges,
  },
  metadata: commandMetadata(actors.policyOfficer),
});

const change = (key: string, from: number | null, to: number | null, reason = "less demand"): CellChange => ({
  position: cellAt(key),
  from: from === null ? null : hours(from),
  to: to === null ? null : hours(to),
  reason,
});

const proposed = run([proposeExample()]).events;

describe("ProposeAgreement", () => {
  it("records the offer, parties, period, expected results and tariffs", () => {
    const cmd = proposeExample();
    given(agreementDecider, [])
      .when(cmd)
      .then([
        {
          type: "AgreementProposed",
          schemaVersion: 1,
          data: cmd.data,
          metadata: eventMetadataFrom(cmd.metadata),
        },
      ])
      .thenState((s) => {
        expect(s.status).toBe("proposed");
        expect(s.offer.size).toBe(exampleContract.length);
        expect(s.draft).toBe(s.offer);
        expect(s.tariffs.get("OBW")).toEqual({ cents: 7755n });
        expect(s.expectedResults.get("er-jeugd-velden")?.targetReach).toBe(40);
        expect(s.parties?.municipality.name).toBe("Gemeente Emmen");
        return true;
      });
  });

  it("is refused when the agreement exists", () => {
    given(agreementDecider, proposed).when(proposeExample()).thenFails("AgreementAlreadyExists");
  });

  it("refuses a position given twice", () => {
    const first = exampleContract[0];
    if (first === undefined) throw new Error("example is empty");
    given(agreementDecider, [])
      .when(proposeExample({ offer: [first, first] }))
      .thenFails("DuplicatePosition");
  });

  it("refuses a row known both as a total and per cell in the same unit kind", () => {
    const error = given(agreementDecider, [])
      .when(
        proposeExample({
          offer: [
            ...exampleContract,
            { position: { resultArea: "6", workType: "OBW" }, quantity: hours(2534) },
          ],
        }),
      )
      .thenFails("OverlappingGranularity");
    expect(error.message).toContain("row 6/OBW");
  });

  it("refuses a period that ends before it starts, and duplicate ids", () => {
    // Each problem also as data (code and values), for callers that word it in another language.
    const period = given(agreementDecider, [])
      .when(proposeExample({ period: { start: "2007-12-31", end: "2007-01-01" } }))
      .thenFails("InvalidProposal");
    expect(period).toMatchObject({ code: { kind: "period", start: "2007-12-31", end: "2007-01-01" } });
    const tariff = { workType: "OBW", tariff: { cents: 1n } };
    const tariffs = given(agreementDecider, [])
      .when(proposeExample({ tariffs: [tariff, tariff] }))
      .thenFails("InvalidProposal");
    expect(tariffs).toMatchObject({ code: { kind: "work-type-tariffs", workType: "OBW" } });
    const area = { code: "2", name: "Jeugd" };
    const areas = given(agreementDecider, [])
      .when(proposeExample({ resultAreas: [area, area] }))
      .thenFails("InvalidProposal");
    expect(areas).toMatchObject({ code: { kind: "result-area-twice", resultArea: "2" } });
  });

  it("refuses an id scoped to an organisation that is not the provider", () => {
    const error = given(agreementDecider, [])
      .when(proposeExample({ agreementId: "plan@another-provider" }))
      .thenFails("InvalidProposal");
    expect(error.message).toContain("another-provider");
    given(agreementDecider, [])
      .when(proposeExample({ agreementId: "plan@sedna" }))
      .thenEvents((events) => events[0]?.type === "AgreementProposed");
  });
});

describe("NegotiateAgreement", () => {
  it("changes the draft, never the offer, and numbers the round", () => {
    const cmd = negotiate(1, [
      change("6/OBW/Stad", 1323, 1300),
      change("6/JW/Velden", 660, null, "no youth work in Velden"),
    ]);
    given(agreementDecider, proposed)
      .when(cmd)
      .then([
        {
          type: "AgreementNegotiated",
          schemaVersion: 1,
          data: { round: cmd.data.round, cellChanges: cmd.data.cellChanges, expectedResultChanges: [] },
          metadata: eventMetadataFrom(cmd.metadata, "less demand; no youth work in Velden"),
        },
      ])
      .thenState((s) => {
        expect(s.negotiationRound).toBe(1);
        expect(s.draft.get("6/OBW/Stad")?.quantity).toEqual(hours(1300));
        expect(s.draft.has("6/JW/Velden")).toBe(false);
        expect(s.offer.get("6/OBW/Stad")?.quantity).toEqual(hours(1323));
        return true;
      });
  });

  it("adds, changes and removes expected results", () => {
    const er = {
      id: "er-2",
      activity: "buurtkamer",
      positions: [cellAt("6/OBW/Stad")],
      deadline: "2007-12-31",
    };
    given(agreementDecider, proposed)
      .when(negotiate(1, [], [{ change: "added", expectedResult: er, reason: "asked by the municipality" }]))
      .thenState((s) => s.expectedResults.has("er-2") && s.expectedResults.has("er-jeugd-velden"));
    const existing = proposeExample().data.expectedResults[0];
    if (existing === undefined) throw new Error("example has no expected result");
    given(agreementDecider, proposed)
      .when(negotiate(1, [], [{ change: "removed", expectedResult: existing, reason: "not measurable" }]))
      .thenState((s) => s.expectedResults.size === 0);
    given(agreementDecider, proposed)
      .when(negotiate(1, [], [{ change: "added", expectedResult: existing, reason: "again" }]))
      .thenFails("ExpectedResultExists");
    given(agreementDecider, proposed)
      .when(negotiate(1, [], [{ change: "changed", expectedResult: er, reason: "tighter" }]))
      .thenFails("UnknownExpectedResult");
  });

  it("needs the next round number", () => {
    const error = given(agreementDecider, proposed)
      .when(negotiate(2, [change("6/OBW/Stad", 1323, 1300)]))
      .thenFails("RoundOutOfOrder");
    expect(error).toMatchObject({ expected: 1, found: 2 });
    const afterOne = run([negotiate(1, [change("6/OBW/Stad", 1323, 1300)])], proposed).events;
    given(agreementDecider, afterOne)
      .when(negotiate(1, [change("6/OBW/Stad", 1300, 1200)]))
      .thenFails("RoundOutOfOrder");
    given(agreementDecider, afterOne)
      .when(negotiate(2, [change("6/OBW/Stad", 1300, 1200)]))
      .thenState((s) => s.negotiationRound === 2);
  });

  it("refuses a change that does not start from what the draft holds", () => {
    const error = given(agreementDecider, proposed)
      .when(negotiate(1, [change("6/OBW/Stad", 1000, 1300)]))
      .thenFails("StaleChange");
    expect(error.message).toBe(
      "negotiation round 1 changes 6/OBW/Stad from 1000 hours, but it holds 1323 hours",
    );
    given(agreementDecider, proposed)
      .when(negotiate(1, [change("6/OBW/Monden", 5, 10)]))
      .thenFails("StaleChange");
  });

  it("refuses a change without a reason and a position changed twice", () => {
    const reasonless = given(agreementDecider, proposed)
      .when(negotiate(1, [change("6/OBW/Stad", 1323, 1300, "")]))
      .thenFails("ReasonRequired");
    expect(reasonless).toMatchObject({ subject: { kind: "cell-change", position: "6/OBW/Stad" } });
    given(agreementDecider, proposed)
      .when(negotiate(1, [change("6/OBW/Stad", 1323, 1300), change("6/OBW/Stad", 1300, 1200)]))
      .thenFails("DuplicatePosition");
  });

  it("refuses leaving a row known both as a total and per cell", () => {
    const rowTotal: CellChange = {
      position: { resultArea: "6", workType: "OBW" },
      from: null,
      to: hours(1353),
      reason: "offer row",
    };
    given(agreementDecider, proposed)
      .when(negotiate(1, [rowTotal]))
      .thenFails("OverlappingGranularity");
    const groupsRow: CellChange = {
      position: { resultArea: "6", workType: "OBW" },
      from: null,
      to: quantityOf(3, GROUPS),
      reason: "groups",
    };
    given(agreementDecider, proposed)
      .when(negotiate(1, [groupsRow]))
      .thenEvents((es) => es.length === 1);
  });

  it("is over once a party has signed, and after signing", () => {
    const halfSigned = run([signBy("provider")], proposed).events;
    given(agreementDecider, halfSigned)
      .when(negotiate(1, [change("6/OBW/Stad", 1323, 1300)]))
      .thenFails("NegotiationClosed");
    const signed = run([signBy("municipality")], halfSigned).events;
    given(agreementDecider, signed)
      .when(negotiate(1, [change("6/OBW/Stad", 1323, 1300)]))
      .thenFails("NegotiationClosed");
  });
});

describe("SignAgreement", () => {
  it("records the first signature without freezing anything", () => {
    const cmd = signBy("provider");
    given(agreementDecider, proposed)
      .when(cmd)
      .then([
        {
          type: "PartySigned",
          schemaVersion: 1,
          data: { party: "provider", signature: cmd.data.signature },
          metadata: eventMetadataFrom(cmd.metadata),
        },
      ])
      .thenState(
        (s) => s.status === "proposed" && s.signatures.provider !== undefined && s.baseline.size === 0,
      );
  });

  it("freezes the draft as the baseline with the second signature", () => {
    const negotiated = run(
      [negotiate(1, [change("6/OBW/Stad", 1323, 1300)]), signBy("municipality")],
      proposed,
    ).events;
    const cmd = signBy("provider");
    const outcome = given(agreementDecider, negotiated).when(cmd);
    const draft = [...outcome.stateBefore.draft.values()];
    const municipalitySignature = outcome.stateBefore.signatures.municipality;
    if (municipalitySignature === undefined) throw new Error("municipality did not sign");
    outcome.then([
      {
        type: "PartySigned",
        schemaVersion: 1,
        data: { party: "provider", signature: cmd.data.signature },
        metadata: eventMetadataFrom(cmd.metadata),
      },
      {
        type: "AgreementSigned",
        schemaVersion: 1,
        data: {
          baseline: draft,
          signatures: { municipality: municipalitySignature, provider: cmd.data.signature },
        },
        metadata: eventMetadataFrom(cmd.metadata),
      },
    ]);
    const s = outcome.thenState({ status: "signed" });
    expect(s.baseline.get("6/OBW/Stad")?.quantity).toEqual(hours(1300));
    expect(s.current).toEqual(s.baseline);
    expect(s.contractAtSigning).toEqual(s.baseline);
  });

  it("needs the signer to act for the party", () => {
    const cmd = signBy("municipality");
    given(agreementDecider, proposed)
      .when({ ...cmd, metadata: commandMetadata(actors.director) })
      .thenFails("SignerNotParty");
  });

  it("takes one signature per party", () => {
    const once = run([signBy("provider")], proposed).events;
    given(agreementDecider, once).when(signBy("provider")).thenFails("PartyAlreadySigned");
    const twice = run([signBy("municipality")], once).events;
    given(agreementDecider, twice).when(signBy("municipality")).thenFails("PartyAlreadySigned");
  });

  it("needs something to sign", () => {
    const empty = run([proposeExample({ offer: [], expectedResults: [] })]).events;
    given(agreementDecider, empty).when(signBy("provider")).thenFails("EmptyDraft");
  });

  it("needs a proposal", () => {
    given(agreementDecider, []).when(signBy("provider")).thenFails("AgreementNotFound");
  });
});
