import { type Position, position, positionKey } from "../cell/position";
import type { Matrix } from "../matrix/matrix";
import { isZero } from "../quantity/decimal";
import type { FrameworkResult } from "./framework";

/**
 * The matrix says something about `p` when one of its entries lies in `p`, contains it or is
 * it: the offer may be known per row while a result names a cell of that row.
 */
export const covers = (entry: Position, p: Position): boolean =>
  entry.resultArea === p.resultArea &&
  (entry.workType === undefined || p.workType === undefined || entry.workType === p.workType) &&
  (entry.district === undefined || p.district === undefined || entry.district === p.district);

/** Whether the contract puts units into `p`: an entry covering it with a non-zero amount. */
export const isFunded = (matrix: Matrix, p: Position): boolean => {
  for (const e of matrix.values()) if (covers(e.position, p) && !isZero(e.quantity.amount)) return true;
  return false;
};

/**
 * A result that names a position the contract does not fund. The 2007 agreement's own result
 * lists do (3/OW/Velden is empty, yet a result names OW there): that is recorded and shown, a
 * note for the parties, never a reason to refuse the terms.
 */
export interface UnfundedPosition {
  readonly kind: "unfundedPosition";
  readonly severity: "note";
  /** The expected result (or framework result) that names it. */
  readonly resultId: string;
  readonly position: string;
}

const unfunded = (matrix: Matrix, resultId: string, ps: readonly Position[]): UnfundedPosition[] =>
  ps
    .filter((p) => !isFunded(matrix, p))
    .map((p) => ({ kind: "unfundedPosition", severity: "note", resultId, position: positionKey(p) }));

/** The positions a framework result's placement and links name in the matrix (a team names none). */
export const positionsOfResult = (r: FrameworkResult): Position[] => {
  const linked = r.links?.positions ?? [];
  const pl = r.placement;
  if (pl?.resultArea === undefined) return [...linked];
  const area = pl.resultArea;
  const workTypes = pl.workTypes ?? [];
  const placed =
    workTypes.length === 0
      ? [position(area)]
      : workTypes.map((w) =>
          pl.district === undefined ? position(area, w) : position(area, w, pl.district),
        );
  return [...placed, ...linked];
};

/** Every position named by the agreement's expected results and framework results that the matrix does not fund. */
export const unfundedPositions = (
  matrix: Matrix,
  expected: Iterable<{ readonly id: string; readonly positions: readonly Position[] }>,
  framework: readonly FrameworkResult[] = [],
): UnfundedPosition[] => [
  ...[...expected].flatMap((r) => unfunded(matrix, r.id, r.positions)),
  ...framework.flatMap((r) => unfunded(matrix, r.id, positionsOfResult(r))),
];
