import { ExpectedResult, ResultsFramework, unfundedPositions } from "@grant-ledger/core";
import { matrixOfRows } from "../offerVersusContract/matrixRows";
import type { RowSource } from "../rows/rows";
import { EXPECTED, FRAMEWORK, PLAN, SIGNED } from "./realisation";

const decodedOrThrow = <A>(codec: { decode: (u: unknown) => { _tag: string; right?: A } }, u: unknown): A => {
  const r = codec.decode(u);
  if (r._tag === "Left") throw new Error("not an expected result or framework in a view row");
  return r.right as A;
};

/**
 * The positions the expected results and the framework's results name that the plan does not
 * fund (a 2007 result on 3/OW/Velden, which is empty): notes, recorded rather than refused, so
 * the report shows them. Core's `unfundedPositions` decides, as it does for the state and the
 * importer. Before signing there is no plan to judge against, so there are none.
 */
export const unfundedOf = (source: RowSource, agreementId: string) => {
  if (source.get(agreementId, SIGNED, "") === undefined) return [];
  const plan = matrixOfRows(source.list(agreementId, PLAN));
  const expected = source.list(agreementId, EXPECTED).map(([, row]) => decodedOrThrow(ExpectedResult, row));
  const framework = source.get(agreementId, FRAMEWORK, "");
  const results = framework === undefined ? [] : decodedOrThrow(ResultsFramework, framework).results;
  return unfundedPositions(plan, expected, results).map((u) => ({
    resultId: u.resultId,
    position: u.position,
    severity: u.severity,
  }));
};
