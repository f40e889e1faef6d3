import {
  amendExample,
  closeExample,
  exampleSignedEvents,
  givenView,
  negotiateExample,
  proposeExample,
  run,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { agreementRegisterFold, listAgreements } from "./agreementRegister";

const list = (s: Parameters<typeof memoryRowSource>[0]) => listAgreements(memoryRowSource(s));

describe("agreement register", () => {
  it("lists a proposed agreement with its parties, period, offer totals per unit kind and last change", () => {
    const [proposed] = recorded(run([proposeExample()]).events);
    givenView(agreementRegisterFold)
      .when(proposed!)
      .thenQuery(list, [
        {
          agreementId: "emmen-sedna-2007-example",
          municipality: { id: "gm0114", name: "Gemeente Emmen" },
          provider: { id: "sedna", name: "Stichting Welzijngroep Sedna" },
          period: { start: "2007-01-01", end: "2007-12-31" },
          frameworkAgreement: "raamovereenkomst 2007-2008",
          status: "proposed",
          offerTotals: { groups: "82", hours: "3387" },
          draftTotals: { groups: "82", hours: "3387" },
          contractTotals: null,
          negotiationRounds: 0,
          signedAt: null,
          closedOn: null,
          lastRevision: 0,
          lastChange: {
            type: "AgreementProposed",
            actor: { organisationId: "sedna", role: "provider", person: "G.L. Jonker" },
            occurredAt: "2007-05-08T10:00:00Z",
            recordedAt: "2007-05-08T10:00:00Z",
          },
        },
      ]);
  });

  it("follows negotiation, signing, amendment and closing: status, totals and last revision", () => {
    const { events } = run([
      proposeExample(),
      negotiateExample(),
      signBy("provider"),
      signBy("municipality"),
      amendExample(),
      closeExample(),
    ]);
    const all = recorded(events);
    const [first, ...rest] = all;
    const state = givenView(agreementRegisterFold, [first!])
      .when(...rest)
      .thenState((s) => list(s).length === 1);
    const [row] = list(state);
    expect(row).toMatchObject({
      status: "closed",
      closedOn: "2007-12-31",
      negotiationRounds: 1,
      // 1323 → 1300 in round 1, then +10 by the amendment.
      draftTotals: { groups: "82", hours: "3364" },
      contractTotals: { groups: "82", hours: "3374" },
      lastRevision: all.length - 1,
      lastChange: { type: "AgreementClosed" },
    });
  });

  it("keeps one row per agreement, ordered by id", () => {
    const a = recorded(exampleSignedEvents(), 0, "b-agreement");
    const b = recorded(run([proposeExample({ agreementId: "a-agreement" })]).events, 0, "a-agreement");
    givenView(agreementRegisterFold, a)
      .when(...b)
      .thenQuery(
        (s) => list(s).map((r) => [r.agreementId, r.status]),
        [
          ["a-agreement", "proposed"],
          ["emmen-sedna-2007-example", "signed"],
        ],
      );
  });
});
