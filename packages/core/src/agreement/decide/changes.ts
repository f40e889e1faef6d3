import * as E from "fp-ts/Either";
import { granularityOf, positionKey } from "../../cell/position";
import type { Matrix } from "../../matrix/matrix";
import { equals, toDecimalString } from "../../quantity/decimal";
import { type Quantity, formatQuantity } from "../../quantity/quantity";
import { applyCellChanges } from "../applyChanges";
import type { CellChange, ExpectedResultChange } from "../changes";
import { type DomainError, type QuantityValues, domainError } from "../errors";
import type { ExpectedResult } from "../terms";

const sameQuantity = (a: Quantity | null, b: Quantity | null): boolean =>
  a === null || b === null ? a === b : a.kind === b.kind && equals(a.amount, b.amount);

const show = (q: Quantity | null): string => (q === null ? "nothing" : formatQuantity(q));
const values = (q: Quantity | null): QuantityValues =>
  q === null ? null : { kind: q.kind, amount: toDecimalString(q.amount) };

/**
 * A row may be known as a total or per cell, not both in the same unit kind: otherwise its
 * units would be counted twice. (A row total in groups next to cells in hours is fine.)
 */
export const checkGranularity = (m: Matrix): E.Either<DomainError, Matrix> => {
  const cellRows = new Set<string>();
  for (const e of m.values()) {
    if (granularityOf(e.position) === "cell")
      cellRows.add(`${e.position.resultArea}/${e.position.workType}|${e.quantity.kind}`);
  }
  for (const e of m.values()) {
    if (granularityOf(e.position) !== "row") continue;
    const row = `${e.position.resultArea}/${e.position.workType}`;
    if (cellRows.has(`${row}|${e.quantity.kind}`)) {
      return E.left(
        domainError(
          "OverlappingGranularity",
          `row ${row} holds ${formatQuantity(e.quantity)} as a row total and also per cell in ${e.quantity.kind}: remove one of them`,
          { row, kind: e.quantity.kind },
        ),
      );
    }
  }
  return E.right(m);
};

/** Checks that every change starts from what `m` holds, then applies them all. */
export const applyCheckedChanges = (
  m: Matrix,
  changes: readonly CellChange[],
  what: string,
): E.Either<DomainError, Matrix> => {
  const seen = new Set<string>();
  for (const c of changes) {
    const key = positionKey(c.position);
    if (seen.has(key)) {
      return E.left(domainError("DuplicatePosition", `${what} changes ${key} twice`, { position: key }));
    }
    seen.add(key);
    if (c.reason.trim() === "") {
      return E.left(
        domainError("ReasonRequired", `${what}: the change of ${key} needs a reason`, {
          what: `change of ${key}`,
          subject: { kind: "cell-change", position: key },
        }),
      );
    }
    const holds = m.get(key)?.quantity ?? null;
    if (!sameQuantity(holds, c.from)) {
      return E.left(
        domainError(
          "StaleChange",
          `${what} changes ${key} from ${show(c.from)}, but it holds ${show(holds)}`,
          {
            position: key,
            stated: show(c.from),
            holds: show(holds),
            statedQuantity: values(c.from),
            heldQuantity: values(holds),
          },
        ),
      );
    }
  }
  return checkGranularity(applyCellChanges(m, changes));
};

export const checkExpectedResultChanges = (
  results: ReadonlyMap<string, ExpectedResult>,
  changes: readonly ExpectedResultChange[],
  what: string,
): E.Either<DomainError, void> => {
  const known = new Set(results.keys());
  for (const c of changes) {
    const id = c.expectedResult.id;
    if (c.reason.trim() === "") {
      return E.left(
        domainError("ReasonRequired", `${what}: the change of expected result ${id} needs a reason`, {
          what: `expected result ${id}`,
          subject: { kind: "expected-result-change", expectedResultId: id },
        }),
      );
    }
    if (c.change === "added") {
      if (known.has(id)) {
        return E.left(
          domainError("ExpectedResultExists", `${what} adds expected result ${id}, which already exists`, {
            expectedResultId: id,
          }),
        );
      }
      known.add(id);
    } else {
      if (!known.has(id)) {
        return E.left(
          domainError(
            "UnknownExpectedResult",
            `${what} ${c.change === "changed" ? "changes" : "removes"} expected result ${id}, which does not exist`,
            { expectedResultId: id },
          ),
        );
      }
      if (c.change === "removed") known.delete(id);
    }
  }
  return E.right(undefined);
};
