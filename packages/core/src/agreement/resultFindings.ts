import { type UnfundedPosition, unfundedPositions } from "../results/findings";
import type { AgreementState } from "./state";

/**
 * The positions the agreement's expected results and framework results name that its matrix
 * does not fund: measured against the contract once signed, against the draft before. Derived
 * from the state, so the reports and the importer show the same notes without storing them twice.
 */
export const unfundedResultPositions = (s: AgreementState): UnfundedPosition[] =>
  unfundedPositions(
    s.status === "signed" || s.status === "closed" ? s.current : s.draft,
    s.expectedResults.values(),
    s.resultsFramework.framework?.results ?? [],
  );
