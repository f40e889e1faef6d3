import type { EventStore } from "@grant-ledger/event-store";
import {
  ALL_VIEWS,
  type RowSource,
  type RowView,
  type ViewEvent,
  foldOf,
  memoryRowSource,
  storeViews,
  viewEventOf,
} from "@grant-ledger/views";

/** Where a report reads each view's rows. */
export type Sources = (view: RowView) => RowSource;

/** The store's persistent views, brought up to date (only what was appended since is read). */
export const currentSources = async (store: EventStore): Promise<Sources> => {
  const views = storeViews(store);
  await views.upkeep.catchUp();
  return (view) => views.source(view);
};

/** Every view's fold, fed one event at a time; `sources` reads what they hold so far. */
export const viewFolds = (): { add: (e: ViewEvent) => void; sources: () => Sources } => {
  const folds = ALL_VIEWS.map((view) => ({ view, fold: foldOf(view) }));
  const states = folds.map((f) => f.fold.initialState);
  return {
    add: (e) => {
      for (let i = 0; i < folds.length; i++) states[i] = folds[i]!.fold.evolve(states[i]!, e);
    },
    sources: () => {
      const byName = new Map(folds.map((f, i) => [f.view.name, memoryRowSource(states[i]!)]));
      return (view) => {
        const source = byName.get(view.name);
        if (source === undefined) throw new Error(`no view ${view.name} among the views a report folds`);
        return source;
      };
    },
  };
};

const folded = async (events: AsyncIterable<ViewEvent | undefined>): Promise<Sources> => {
  const folds = viewFolds();
  for await (const e of events) if (e !== undefined) folds.add(e);
  return folds.sources();
};

async function* decoded(events: AsyncIterable<Parameters<typeof viewEventOf>[0]>) {
  for await (const e of events) yield viewEventOf(e);
}

/** Every view before the first event: what a report of an empty store was made from. */
export const noEvents = (): Promise<Sources> => folded((async function* () {})());

/** Every view as it stood after the event at a global position: for the register of agreements. */
export const sourcesAtPosition = (store: EventStore, globalPosition: bigint): Promise<Sources> =>
  folded(decoded(store.readAll({ maxCount: Number(globalPosition) + 1 })));
