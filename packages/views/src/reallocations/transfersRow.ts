import {
  type JsonObject,
  type JsonValue,
  type TransfersSinceBaseline,
  noTransfers,
} from "@grant-ledger/core";
import { Map as PersistentMap } from "immutable";
import { totalsFrom, totalsJson } from "../rows/encoding";

/** The core's running transfer totals as a row member, and back: the register counts with the core's rule. */
export const transfersJson = (t: TransfersSinceBaseline): JsonObject => ({
  count: t.count,
  total: totalsJson(t.total),
  byPeriod: Object.fromEntries(
    [...t.byPeriod].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, g]) => [p, totalsJson(g)]),
  ),
});

export const transfersFrom = (json: JsonValue | undefined): TransfersSinceBaseline => {
  if (json === undefined || json === null || typeof json !== "object" || Array.isArray(json))
    return noTransfers;
  const o = json as JsonObject;
  const byPeriod = o.byPeriod as JsonObject | undefined;
  return {
    count: typeof o.count === "number" ? o.count : 0,
    total: totalsFrom(o.total),
    byPeriod: PersistentMap(Object.entries(byPeriod ?? {}).map(([p, g]) => [p, totalsFrom(g)] as const)),
  };
};
