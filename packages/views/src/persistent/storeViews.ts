import type { EventStore } from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { budgetRealisationView } from "../budget/budgetRealisation";
import { cellHistory } from "../cellHistory/cellHistory";
import { offerVersusContract } from "../offerVersusContract/offerVersusContract";
import { realisation } from "../realisation/realisation";
import { reallocationRegister } from "../reallocations/reallocationRegister";
import { agreementRegister } from "../register/agreementRegister";
import type { RowSource, RowView } from "../rows/rows";
import { createMemoryViewTables } from "./memoryViewTables";
import { createSqliteViewTables } from "./sqliteViewTables";
import { type ViewUpkeep, createViewUpkeep } from "./upkeep";
import type { ViewTables } from "./viewTables";

/** Every view the ledger keeps. */
export const ALL_VIEWS: readonly RowView[] = [
  agreementRegister,
  offerVersusContract,
  cellHistory,
  reallocationRegister,
  realisation,
  budgetRealisationView,
];

export interface StoreViews {
  readonly upkeep: ViewUpkeep;
  readonly tables: ViewTables;
  /** The rows of one view, for its queries. */
  source(view: RowView): RowSource;
}

const hasDatabase = (store: object): store is { database: Database.Database } =>
  "database" in store &&
  typeof (store as { database?: { prepare?: unknown } }).database?.prepare === "function";

// A memory store's views live as long as the store: one set of tables per store object.
const memoryTables = new WeakMap<object, ViewTables>();

/**
 * The views of a store: in its own SQLite file when it has one (tables `view_*`, positions in
 * `view_checkpoints`), in memory otherwise. Call `upkeep.catchUp()` before querying to apply
 * what was appended since; that reads only the events after the views' positions.
 */
export const storeViews = (
  store: Pick<EventStore, "readAll" | "subscribeToAll">,
  options: {
    readonly views?: readonly RowView[];
    readonly batchSize?: number;
    readonly liveDelayMs?: number;
  } = {},
): StoreViews => {
  let tables: ViewTables;
  if (hasDatabase(store)) tables = createSqliteViewTables(store.database);
  else {
    tables = memoryTables.get(store) ?? createMemoryViewTables();
    memoryTables.set(store, tables);
  }
  const views = options.views ?? ALL_VIEWS;
  const upkeep = createViewUpkeep({
    store,
    tables,
    views,
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    ...(options.liveDelayMs === undefined ? {} : { liveDelayMs: options.liveDelayMs }),
  });
  return { upkeep, tables, source: (view) => tables.source(view.name) };
};
