import { type Position, atGranularity, granularityOf } from "@grant-ledger/core";
import { type Row, type RowSource, revisionKey } from "../rows/rows";
import { historyGroup } from "./cellHistory";

/** A page of history: the last `limit` entries before revision `beforeRevision`. */
export interface HistoryPage {
  readonly beforeRevision?: number;
  readonly limit?: number;
}

/**
 * The history of a position and of the coarser positions it lies in (a cell's offer may be
 * known only for its row): each entry states its own position and level, in ledger order.
 * A page reads only its own rows (keys are position and revision).
 */
export const historyOf = (
  source: RowSource,
  agreementId: string,
  p: Position,
  page: HistoryPage = {},
): readonly Row[] => {
  const bounds = {
    ...(page.beforeRevision === undefined ? {} : { before: revisionKey(page.beforeRevision) }),
    ...(page.limit === undefined ? {} : { limit: page.limit }),
  };
  const levels =
    granularityOf(p) === "cell"
      ? (["cell", "row", "resultArea"] as const)
      : granularityOf(p) === "row"
        ? (["row", "resultArea"] as const)
        : (["resultArea"] as const);
  const keyed = levels
    .flatMap((g) => source.list(agreementId, historyGroup(atGranularity(p, g)), bounds))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const kept = page.limit === undefined ? keyed : keyed.slice(Math.max(0, keyed.length - page.limit));
  return kept.map(([, row]) => row);
};
