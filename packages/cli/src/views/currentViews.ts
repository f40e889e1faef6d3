import type { EventStore } from "@grant-ledger/event-store";
import { type RowSource, type RowView, storeViews } from "@grant-ledger/views";

/**
 * The store's views, brought up to date first: only the events appended since the views'
 * positions are read (none on a store whose views are kept current), never the whole store.
 */
export const currentViews = async (store: EventStore, view: RowView): Promise<RowSource> => {
  const views = storeViews(store);
  await views.upkeep.catchUp();
  return views.source(view);
};

/** JSON as printed by the view commands: decimals are already exact strings in the rows. */
export const viewJson = (value: unknown): string => JSON.stringify(value, null, 2);
