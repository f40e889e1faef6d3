import { describe, expect, it } from "vitest";
import type { AmendAgreement, NegotiateAgreement } from "../../commands/lifecycle";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  cellAt,
  commandMetadata,
  exampleSignedEvents,
  hours,
  proposeExample,
  run,
} from "../../testing";
import { given } from "../../testing/given";
import type { CellChange, ExpectedResultChange } from "../changes";
import { agreementDecider } from "../decider";
import { unfundedResultPositions } from "../resultFindings";
import type { ExpectedResult } from "../terms";

const result = (id: string, ...positions: ExpectedResult["positions"]): ExpectedResult => ({
  id,
  activity: "spreekuur",
  positions,
  deadline: "2007-12-31",
});
const added = (r: ExpectedResult): ExpectedResultChange => ({
  change: "added",
  expectedResult: r,
  reason: "asked by the municipality",
});
const negotiate = (
  cellChanges: CellChange[],
  resultChanges: ExpectedResultChange[] = [],
): NegotiateAgreement => ({
  type: "NegotiateAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    round: 1 as NegotiateAgreement["data"]["round"],
    cellChanges,
    expectedResultChanges: resultChanges,
  },
  metadata: commandMetadata(actors.policyOfficer),
});
const amend = (changes: CellChange[], resultChanges: ExpectedResultChange[] = []): AmendAgreement => ({
  type: "AmendAgreement",
  data: {
    agreementId: EXAMPLE_AGREEMENT_ID,
    amendmentId: "am-1",
    changes,
    expectedResultChanges: resultChanges,
    agreedBy: {
      municipality: { person: actors.alderman.person, role: "wethouder" },
      provider: { person: actors.director.person, role: "directeur" },
    },
    reason: "scope of youth work in Velden",
  },
  metadata: commandMetadata(actors.alderman),
});
const removeCell = (key: string, from: number): CellChange => ({
  position: cellAt(key),
  from: hours(from),
  to: null,
  reason: "no demand",
});

const notes = (s: Parameters<typeof unfundedResultPositions>[0]) =>
  unfundedResultPositions(s).map((f) => `${f.resultId} ${f.position}`);

describe("expected results that name positions the matrix does not fund are recorded with a note", () => {
  it("accepts a proposal whose expected result names a cell the offer does not have, and notes it", () => {
    given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", cellAt("2/OBW/Monden"))] }))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-1 2/OBW/Monden"]);
        return s.expectedResults.has("er-1");
      });
  });

  it("notes nothing for a row or a result area the matrix has cells in, or a cell of a row it knows per row", () => {
    const row = { resultArea: "6", workType: "OBW" };
    const area = { resultArea: "2" };
    // The example matrix gives 2/PSZ per row only (82 groups).
    const inPszRow = cellAt("2/PSZ/Velden");
    given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", row, area, inPszRow)] }))
      .thenState((s) => notes(s).length === 0 && s.expectedResults.has("er-1"));
    given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", { resultArea: "7" })] }))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-1 7/*/*"]);
        return true;
      });
  });

  it("notes a result a negotiation round adds on an unknown cell, or strands by removing its cell", () => {
    const proposed = run([proposeExample()]).events;
    given(agreementDecider, proposed)
      .when(negotiate([], [added(result("er-2", cellAt("6/SCW/Stad")))]))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-2 6/SCW/Stad"]);
        return true;
      });
    // er-jeugd-velden names 2/OBW/Velden, the only cell of 2/OBW in Velden.
    given(agreementDecider, proposed)
      .when(negotiate([removeCell("2/OBW/Velden", 380)]))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-jeugd-velden 2/OBW/Velden"]);
        return true;
      });
    // Adding the cell in the same round leaves nothing to note.
    given(agreementDecider, proposed)
      .when(
        negotiate(
          [{ position: cellAt("6/SCW/Stad"), from: null, to: hours(100), reason: "new work type" }],
          [added(result("er-2", cellAt("6/SCW/Stad")))],
        ),
      )
      .thenState((s) => notes(s).length === 0 && s.expectedResults.has("er-2"));
  });

  it("notes, after an amendment, a result on a position the contract lacks", () => {
    const signed = exampleSignedEvents();
    given(agreementDecider, signed)
      .when(amend([], [added(result("er-3", cellAt("6/OBW/Blokken")))]))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-3 6/OBW/Blokken"]);
        return true;
      });
    given(agreementDecider, signed)
      .when(amend([removeCell("2/OBW/Velden", 380)]))
      .thenState((s) => {
        expect(notes(s)).toEqual(["er-jeugd-velden 2/OBW/Velden"]);
        return true;
      });
  });
});
