import { type RowView, type ViewRows, emptyRows, memoryRowSource, readerOf, writeRows } from "../rows/rows";
import type { ViewTables, ViewTransaction } from "./viewTables";

/**
 * View tables in memory, for `memory:` stores: the rows are the views' fold states. A batch
 * works on the persistent maps and swaps them in at the end, so it is atomic here too.
 */
export const createMemoryViewTables = (): ViewTables => {
  let rows = new Map<string, ViewRows>();
  let positions = new Map<string, bigint>();
  return {
    open: (views: readonly RowView[]) => {
      for (const v of views) if (!rows.has(v.name)) rows.set(v.name, emptyRows);
    },
    position: (view) => positions.get(view) ?? 0n,
    transact: (body) => {
      const nextRows = new Map(rows);
      const nextPositions = new Map(positions);
      const tx: ViewTransaction = {
        position: (view) => nextPositions.get(view) ?? 0n,
        reader: (view, agreementId) => readerOf(nextRows.get(view) ?? emptyRows, agreementId),
        write: (view, agreementId, writes) =>
          nextRows.set(view, writeRows(nextRows.get(view) ?? emptyRows, agreementId, writes)),
        setPosition: (view, position) => nextPositions.set(view, position),
      };
      body(tx);
      rows = nextRows;
      positions = nextPositions;
    },
    clear: (view) => {
      rows.set(view, emptyRows);
      positions.delete(view);
    },
    source: (view) => memoryRowSource(rows.get(view) ?? emptyRows),
  };
};
