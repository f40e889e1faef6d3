import { GROUPS, type MatrixEntry, type NegotiateAgreement, position } from "@grant-ledger/core";
import {
  actors,
  cellAt,
  commandMetadata,
  givenView,
  hours,
  proposeExample,
  quantityOf,
  run,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { compareOfferAndContract } from "./comparison";
import { offerVersusContractFold } from "./offerVersusContract";

const row = (ra: string, wt: string) => position(ra, wt);
/** Offer per work type, as in the 2007 tables. */
const offer: MatrixEntry[] = [
  { position: row("2", "OBW"), quantity: hours(600) },
  { position: row("2", "SCW"), quantity: hours(700) },
  { position: row("2", "PSZ"), quantity: quantityOf(80, GROUPS) },
  { position: row("6", "OBW"), quantity: hours(1400) },
];

/** Negotiation: row 2/OBW becomes two cells (674 h), 6/OBW is cut to 1300, SMW is added without an offer. */
const negotiation = (): NegotiateAgreement & { metadata: { recordedAt: string } } => ({
  type: "NegotiateAgreement",
  data: {
    agreementId: "emmen-sedna-2007-example",
    round: 1 as NegotiateAgreement["data"]["round"],
    cellChanges: [
      { position: row("2", "OBW"), from: hours(600), to: null, reason: "per district" },
      { position: cellAt("2/OBW/Velden"), from: null, to: hours(380), reason: "per district" },
      { position: cellAt("2/OBW/Stad"), from: null, to: hours(294), reason: "per district" },
      {
        position: row("2", "PSZ"),
        from: quantityOf(80, GROUPS),
        to: quantityOf(82, GROUPS),
        reason: "2 more",
      },
      { position: row("2", "SMW"), from: null, to: hours(50), reason: "school social work" },
      { position: row("6", "OBW"), from: hours(1400), to: hours(1300), reason: "less demand" },
    ],
    expectedResultChanges: [],
  },
  metadata: commandMetadata(actors.policyOfficer),
});

const events = () =>
  recorded(
    run([
      proposeExample({ offer, expectedResults: [] }),
      negotiation(),
      signBy("provider"),
      signBy("municipality"),
    ]).events,
  );

describe("offer versus contract", () => {
  it("compares per work type where the offer is known per work type, with difference, exact ratio and percentage", () => {
    const [proposed, ...rest] = events();
    const report = givenView(offerVersusContractFold, [proposed!])
      .when(...rest)
      .thenState(() => true);
    const comparison = compareOfferAndContract(memoryRowSource(report), "emmen-sedna-2007-example");
    expect(comparison?.against).toBe("contract");
    const area2 = comparison?.resultAreas.find((a) => a.resultArea === "2");
    expect(area2?.level).toBe("row");
    expect(
      area2?.lines.map((l) => [
        l.position?.key,
        l.kind,
        l.offer,
        l.contract,
        l.difference,
        l.percent,
        l.deviation,
      ]),
    ).toEqual([
      ["2/OBW/*", "hours", "600", "674", "74", "112.3", true],
      ["2/PSZ/*", "groups", "80", "82", "2", "102.5", false],
      ["2/SCW/*", "hours", "700", "700", "0", "100", false],
      ["2/SMW/*", "hours", null, "50", "50", null, true],
    ]);
    expect(area2?.lines[0]?.ratio).toEqual({ contract: "674", offer: "600" });
    expect(area2?.totals.map((t) => [t.kind, t.offer, t.contract])).toEqual([
      ["groups", "80", "82"],
      ["hours", "1300", "1424"],
    ]);
    expect(comparison?.totals.map((t) => [t.kind, t.offer, t.contract])).toEqual([
      ["groups", "80", "82"],
      ["hours", "2700", "2724"],
    ]);
  });

  it("prices the hours at the proposal's tariffs, and names the hours no tariff covers", () => {
    const state = events().reduce(offerVersusContractFold.evolve, offerVersusContractFold.initialState);
    const euros = compareOfferAndContract(memoryRowSource(state), "emmen-sedna-2007-example")?.euros;
    // The example proposes one tariff: OBW at € 77,55 an hour.
    expect(euros?.tariffs).toEqual([{ workType: "OBW", tariff: "77.55" }]);
    const area2 = euros?.resultAreas.find((a) => a.resultArea === "2");
    expect(
      area2?.lines.map((l) => [
        l.position.key,
        l.offerHours,
        l.contractHours,
        l.offer,
        l.contract,
        l.difference,
      ]),
    ).toEqual([["2/OBW/*", "600", "674", "46530", "52268.7", "5738.7"]]);
    // SCW and SMW have no tariff; the group count of PSZ is not hours and is never priced.
    expect(area2?.total).toEqual({
      offer: "46530",
      contract: "52268.7",
      difference: "5738.7",
      uncosted: ["2/SCW/*", "2/SMW/*"],
    });
    expect(euros?.total).toEqual({
      offer: "155100",
      contract: "153083.7",
      difference: "-2016.3",
      uncosted: ["2/SCW/*", "2/SMW/*"],
    });
  });

  it("judges the deviation flag exactly at its boundary and lets the threshold be configured", () => {
    const state = events().reduce(offerVersusContractFold.evolve, offerVersusContractFold.initialState);
    const area6 = (pct: string) =>
      compareOfferAndContract(memoryRowSource(state), "emmen-sedna-2007-example", {
        deviationPercent: pct,
      })?.resultAreas.find((a) => a.resultArea === "6")?.lines[0];
    // 1300 against 1400 is 7.142857…% below: above 7.14, not above 7.15.
    expect(area6("7.14")?.deviation).toBe(true);
    expect(area6("7.15")?.deviation).toBe(false);
    expect(area6("7.15")?.percent).toBe("92.9");
  });

  it("compares against the draft before signing and says so", () => {
    const [proposed, negotiated] = events();
    givenView(offerVersusContractFold, [proposed!])
      .when(negotiated!)
      .thenQuery(
        (s) => {
          const c = compareOfferAndContract(memoryRowSource(s), "emmen-sedna-2007-example");
          return [c?.against, c?.resultAreas.find((a) => a.resultArea === "6")?.lines[0]?.contract];
        },
        ["draft", "1300"],
      );
  });

  it("knows no agreement it has no events of", () => {
    expect(
      compareOfferAndContract(memoryRowSource(offerVersusContractFold.initialState), "nope"),
    ).toBeUndefined();
  });
});
