import { positionKey } from "../cell/position";
import type { Matrix, MatrixEntry } from "../matrix/matrix";
import type { CellChange, ExpectedResultChange } from "./changes";
import type { ExpectedResult } from "./terms";

/** Applies position changes with one copy of the matrix; `to: null` removes the position. */
export const applyCellChanges = (m: Matrix, changes: readonly CellChange[]): Matrix => {
  if (changes.length === 0) return m;
  const next = new Map(m);
  for (const c of changes) {
    const key = positionKey(c.position);
    if (c.to === null) next.delete(key);
    else next.set(key, { position: c.position, quantity: c.to });
  }
  return next;
};

export const applyExpectedResultChanges = (
  results: ReadonlyMap<string, ExpectedResult>,
  changes: readonly ExpectedResultChange[],
): ReadonlyMap<string, ExpectedResult> => {
  if (changes.length === 0) return results;
  const next = new Map(results);
  for (const c of changes) {
    if (c.change === "removed") next.delete(c.expectedResult.id);
    else next.set(c.expectedResult.id, c.expectedResult);
  }
  return next;
};

export const matrixOf = (entries: readonly MatrixEntry[]): Matrix => {
  const m = new Map<string, MatrixEntry>();
  for (const e of entries) m.set(positionKey(e.position), e);
  return m;
};
