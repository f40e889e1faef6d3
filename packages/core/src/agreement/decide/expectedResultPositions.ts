import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import { type Position, positionKey } from "../../cell/position";
import type { Matrix } from "../../matrix/matrix";
import { applyExpectedResultChanges } from "../applyChanges";
import type { CellChange, ExpectedResultChange } from "../changes";
import { type DomainError, domainError } from "../errors";
import type { ExpectedResult } from "../terms";
import { applyCheckedChanges, checkExpectedResultChanges } from "./changes";

/**
 * The matrix says something about `p` when one of its entries lies in `p`, contains it or is
 * it: the offer may be known per row while a result names a cell of that row.
 */
const covers = (entry: Position, p: Position): boolean =>
  entry.resultArea === p.resultArea &&
  (entry.workType === undefined || p.workType === undefined || entry.workType === p.workType) &&
  (entry.district === undefined || p.district === undefined || entry.district === p.district);

/**
 * Every position an expected result names must be part of the matrix: a misspelt district
 * or a cell the contract does not fund would make its reach impossible to account for.
 */
export const checkExpectedResultPositions = (
  matrix: Matrix,
  results: Iterable<ExpectedResult>,
  what: string,
): E.Either<DomainError, void> => {
  const entries = [...matrix.values()].map((e) => e.position);
  for (const result of results) {
    for (const p of result.positions) {
      if (!entries.some((entry) => covers(entry, p))) {
        const position = positionKey(p);
        return E.left(
          domainError(
            "UnknownPosition",
            `${what}: expected result ${result.id} names ${position}, which is not part of the matrix`,
            { position },
          ),
        );
      }
    }
  }
  return E.right(undefined);
};

/**
 * A negotiation round's or an amendment's changes, checked together: the cell changes, the
 * expected-result changes, and that every expected result still names positions of the
 * matrix the changes lead to (removing a cell must not strand a result on it).
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
    E.tap(() => checkExpectedResultChanges(results, resultChanges, what)),
    E.flatMap((next) =>
      checkExpectedResultPositions(next, applyExpectedResultChanges(results, resultChanges).values(), what),
    ),
  );
