import { type Position, atGranularity, granularityOf } from "@grant-ledger/core";
import type { Row, RowSource } from "../rows/rows";
import { historyGroup } from "./cellHistory";

/**
 * The history of a position and of the coarser positions it lies in (a cell's offer may be
 * known only for its row): each entry states its own position and level, in ledger order.
 */
export const historyOf = (source: RowSource, agreementId: string, p: Position): readonly Row[] => {
  const levels =
    granularityOf(p) === "cell"
      ? (["cell", "row", "resultArea"] as const)
      : granularityOf(p) === "row"
        ? (["row", "resultArea"] as const)
        : (["resultArea"] as const);
  const keyed = levels.flatMap((g) => source.list(agreementId, historyGroup(atGranularity(p, g))));
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
};
