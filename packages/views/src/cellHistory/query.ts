import { type JsonObject, type Position, atGranularity, granularityOf } from "@grant-ledger/core";
import { positionJson } from "../rows/encoding";
import { type Row, type RowSource, revisionKey } from "../rows/rows";
import { EVENT, historyGroup } from "./cellHistory";

/** A page of history: the last `limit` entries before revision `beforeRevision`. */
export interface HistoryPage {
  readonly beforeRevision?: number;
  readonly limit?: number;
}

const REVISION_KEY_LENGTH = revisionKey(0).length;

/**
 * The history of a position and of the coarser positions it lies in (a cell's offer may be
 * known only for its row): each entry states its own position and level, in ledger order.
 * A page reads only its own rows (keys are position and revision) and the event rows they
 * name, so its cost does not grow with the history.
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
    .flatMap((level) => {
      const at = atGranularity(p, level);
      const position = positionJson(at);
      return source
        .list(agreementId, historyGroup(at), bounds)
        .map(([key, row]) => ({ key, row, position, level }));
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const kept = page.limit === undefined ? keyed : keyed.slice(Math.max(0, keyed.length - page.limit));
  // The event rows the entries name, in one read rather than one per entry.
  const events = source.getMany(agreementId, EVENT, [
    ...new Set(kept.map(({ key }) => key.slice(0, REVISION_KEY_LENGTH))),
  ]);
  return kept.map(({ key, row, position, level }) => {
    const shared = events.get(key.slice(0, REVISION_KEY_LENGTH));
    if (shared === undefined) throw new Error(`cell history row ${key} names no event row`);
    // The order of the keys is the one reports print: provenance, the entry, then what the event adds.
    return {
      ...(shared.provenance as JsonObject),
      step: row.step ?? null,
      position,
      level,
      before: row.before ?? null,
      after: row.after ?? null,
      ...(row.reason === undefined ? {} : { reason: row.reason }),
      ...(shared.extra as JsonObject),
    };
  });
};
