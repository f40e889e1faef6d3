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

describe("expected results name positions of the matrix", () => {
  it("refuses a proposal whose expected result names a cell the offer does not have", () => {
    const error = given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", cellAt("2/OBW/Monden"))] }))
      .thenFails("UnknownPosition");
    expect(error.message).toBe(
      "the proposal: expected result er-1 names 2/OBW/Monden, which is not part of the matrix",
    );
    expect(error).toMatchObject({ position: "2/OBW/Monden" });
  });

  it("accepts a row or a result area the matrix has cells in, and a cell of a row it knows per row", () => {
    const row = { resultArea: "6", workType: "OBW" };
    const area = { resultArea: "2" };
    // The example matrix gives 2/PSZ per row only (82 groups).
    const inPszRow = cellAt("2/PSZ/Velden");
    given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", row, area, inPszRow)] }))
      .thenState((s) => s.expectedResults.has("er-1"));
    given(agreementDecider, [])
      .when(proposeExample({ expectedResults: [result("er-1", { resultArea: "7" })] }))
      .thenFails("UnknownPosition");
  });

  it("refuses a negotiation round that adds a result on an unknown cell or strands one by removing its cell", () => {
    const proposed = run([proposeExample()]).events;
    given(agreementDecider, proposed)
      .when(negotiate([], [added(result("er-2", cellAt("6/SCW/Stad")))]))
      .thenFails("UnknownPosition");
    // er-jeugd-velden names 2/OBW/Velden, the only cell of 2/OBW in Velden.
    const error = given(agreementDecider, proposed)
      .when(negotiate([removeCell("2/OBW/Velden", 380)]))
      .thenFails("UnknownPosition");
    expect(error.message).toContain("expected result er-jeugd-velden names 2/OBW/Velden");
    // Adding the cell in the same round makes the result valid.
    given(agreementDecider, proposed)
      .when(
        negotiate(
          [{ position: cellAt("6/SCW/Stad"), from: null, to: hours(100), reason: "new work type" }],
          [added(result("er-2", cellAt("6/SCW/Stad")))],
        ),
      )
      .thenState((s) => s.expectedResults.has("er-2"));
  });

  it("refuses an amendment that names or strands a position the matrix lacks", () => {
    const signed = exampleSignedEvents();
    given(agreementDecider, signed)
      .when(amend([], [added(result("er-3", cellAt("6/OBW/Blokken")))]))
      .thenFails("UnknownPosition");
    given(agreementDecider, signed)
      .when(amend([removeCell("2/OBW/Velden", 380)]))
      .thenFails("UnknownPosition");
  });
});
