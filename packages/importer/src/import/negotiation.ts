import { type CellChange, type MatrixEntry, type Quantity, equals, positionKey } from "@grant-ledger/core";

const same = (a: Quantity, b: Quantity): boolean => a.kind === b.kind && equals(a.amount, b.amount);

/** The file a result area's contract was read from, for the reasons of the changes. */
export type SourceOf = (resultArea: string) => string;

/**
 * The changes that turn the offer (rows) into the contract (cells where the tables give them).
 * A row the contract specifies per district loses its offer total and gains its cells; a row the
 * contract gives only as a total replaces the offer's; a row the contract does not state keeps
 * the offer. Every change says which document it comes from.
 */
export const contractChanges = (
  offer: readonly MatrixEntry[],
  contract: readonly MatrixEntry[],
  sourceOf: SourceOf,
): CellChange[] => {
  const offered = new Map(offer.map((e) => [positionKey(e.position), e]));
  const rowKey = (e: MatrixEntry) => `${e.position.resultArea}/${e.position.workType ?? "*"}/*`;
  const rows = new Map<string, MatrixEntry[]>();
  for (const e of contract) {
    const row = rows.get(rowKey(e));
    if (row === undefined) rows.set(rowKey(e), [e]);
    else row.push(e);
  }

  const changes: CellChange[] = [];
  for (const [key, entries] of rows) {
    const file = sourceOf(entries[0]!.position.resultArea);
    const before = offered.get(key);
    const perDistrict = entries.filter((e) => e.position.district !== undefined);
    if (perDistrict.length > 0) {
      if (before !== undefined) {
        changes.push({
          position: before.position,
          from: before.quantity,
          to: null,
          reason: `offer row replaced by the contract per district from ${file}`,
        });
      }
      for (const e of perDistrict) {
        changes.push({
          position: e.position,
          from: null,
          to: e.quantity,
          reason: `contract per district from ${file}`,
        });
      }
      continue;
    }
    const total = entries[0]!;
    if (before !== undefined && same(before.quantity, total.quantity)) continue;
    changes.push({
      position: total.position,
      from: before?.quantity ?? null,
      to: total.quantity,
      reason: `contract row total from ${file}`,
    });
  }
  return changes;
};
