import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import type { Matrix } from "../../matrix/matrix";
import type { CellChange, ExpectedResultChange } from "../changes";
import type { DomainError } from "../errors";
import type { ExpectedResult } from "../terms";
import { applyCheckedChanges, checkExpectedResultChanges } from "./changes";

/**
 * A negotiation round's or an amendment's changes, checked together: the cell changes and the
 * expected-result changes. An expected result that names a position the matrix does not fund
 * (or no longer funds) is not refused: the documents do it (2007: results on 3/OW/Velden, which
 * is empty), so it is recorded and reported as a finding (`unfundedResultPositions`).
 */
export const checkChangedTerms = (
  matrix: Matrix,
  cellChanges: readonly CellChange[],
  results: ReadonlyMap<string, ExpectedResult>,
  resultChanges: readonly ExpectedResultChange[],
  what: string,
): E.Either<DomainError, void> =>
  pipe(
    applyCheckedChanges(matrix, cellChanges, what),
    E.flatMap(() => checkExpectedResultChanges(results, resultChanges, what)),
    E.map(() => undefined),
  );
