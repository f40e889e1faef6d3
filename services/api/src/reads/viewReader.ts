import type { EventStore } from "@grant-ledger/event-store";
import { type RowSource, type RowView, storeViews } from "@grant-ledger/views";

export interface ViewReader {
  /** The rows of a view, brought up to date with everything appended so far. */
  current(view: RowView): Promise<RowSource>;
}

/**
 * The store's views for request handlers: each read first applies what was appended since
 * the views' positions (nothing, usually); concurrent requests share one catch-up.
 */
export const createViewReader = (store: Pick<EventStore, "readAll" | "subscribeToAll">): ViewReader => {
  const views = storeViews(store);
  let running: Promise<unknown> | undefined;
  const catchUp = async () => {
    while (running !== undefined) await running;
    running = views.upkeep.catchUp().finally(() => {
      running = undefined;
    });
    await running;
  };
  return {
    current: async (view) => {
      await catchUp();
      return views.source(view);
    },
  };
};
