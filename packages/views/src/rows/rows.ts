import type { JsonObject } from "@grant-ledger/core";
import { Map as PersistentMap } from "immutable";
import type { ViewEvent } from "../event/viewEvent";

/**
 * A view's state is a set of rows, each keyed by (agreement, group, key) and held as plain
 * JSON: the same rows in memory and in a view's SQLite table. An event reads and writes only
 * the few rows it concerns, so keeping a view current costs the same at the 10th event as at
 * the 100,000th, and rebuilding a view writes the very rows incremental upkeep wrote.
 */
export type Row = JsonObject;

/** Upsert a row, or delete it (`row: null`). Keys sort as text: revisions are zero-padded. */
export interface RowWrite {
  readonly group: string;
  readonly key: string;
  readonly row: Row | null;
}

/** The rows of the event's agreement, as they stand before the event. */
export interface RowReader {
  get(group: string, key: string): Row | undefined;
}

/**
 * A view as a step: what rows one event writes, given the rows of its agreement. Steps are
 * pure; `name` is the view's table (SQLite: `view_<name>`).
 */
export interface RowView {
  readonly name: string;
  /** Raised when the rows a step writes change shape: stored rows of another version are rebuilt. */
  readonly version: number;
  readonly step: (event: ViewEvent, rows: RowReader) => readonly RowWrite[];
}

/** The last `limit` rows whose key sorts before `before` (both optional): a page, in key order. */
export interface RowPage {
  readonly before?: string;
  readonly limit?: number;
}

/** Where queries read a view's rows: its SQLite table or its in-memory state. */
export interface RowSource {
  get(agreementId: string, group: string, key: string): Row | undefined;
  /** Several rows of one group by key, in one read (keys not found are absent). */
  getMany(agreementId: string, group: string, keys: readonly string[]): ReadonlyMap<string, Row>;
  /** The rows of one group of an agreement, in key order (or one page of them). */
  list(agreementId: string, group: string, page?: RowPage): readonly (readonly [string, Row])[];
  /** The rows of one group across agreements, by agreement id then key. */
  listAll(group: string): readonly (readonly [string, Row])[];
}

type Groups = PersistentMap<string, PersistentMap<string, Row>>;
/** In-memory rows: agreement → group → key → row, persistent so that a step shares the rest. */
export type ViewRows = PersistentMap<string, Groups>;

export const emptyRows: ViewRows = PersistentMap();

export const writeRows = (rows: ViewRows, agreementId: string, writes: readonly RowWrite[]): ViewRows => {
  if (writes.length === 0) return rows;
  let groups: Groups = rows.get(agreementId) ?? PersistentMap();
  for (const w of writes) {
    const group = groups.get(w.group) ?? PersistentMap<string, Row>();
    groups = groups.set(w.group, w.row === null ? group.delete(w.key) : group.set(w.key, w.row));
  }
  return rows.set(agreementId, groups);
};

export const readerOf = (rows: ViewRows, agreementId: string): RowReader => {
  const groups = rows.get(agreementId);
  return { get: (group, key) => groups?.get(group)?.get(key) };
};

const byKey = (a: readonly [string, Row], b: readonly [string, Row]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

export const memoryRowSource = (rows: ViewRows): RowSource => ({
  get: (agreementId, group, key) => rows.get(agreementId)?.get(group)?.get(key),
  getMany: (agreementId, group, keys) => {
    const keyed = rows.get(agreementId)?.get(group);
    const found = new Map<string, Row>();
    for (const k of keys) {
      const row = keyed?.get(k);
      if (row !== undefined) found.set(k, row);
    }
    return found;
  },
  list: (agreementId, group, page = {}) => {
    const all = [...(rows.get(agreementId)?.get(group)?.entries() ?? [])].sort(byKey);
    const before = page.before;
    const upTo = before === undefined ? all : all.filter(([k]) => k < before);
    return page.limit === undefined ? upTo : upTo.slice(Math.max(0, upTo.length - page.limit));
  },
  listAll: (group) =>
    [...rows.keys()]
      .sort()
      .flatMap((id) =>
        [...(rows.get(id)?.get(group)?.entries() ?? [])].sort(byKey).map(([, r]) => [id, r] as const),
      ),
});

/** A view as a pure fold `{ initialState, evolve }` over view events: its rows in memory. */
export interface ViewFold<S> {
  readonly initialState: S;
  readonly evolve: (state: S, event: ViewEvent) => S;
}

export const foldOf = (view: RowView): ViewFold<ViewRows> => ({
  initialState: emptyRows,
  evolve: (rows, event) =>
    writeRows(rows, event.agreementId, view.step(event, readerOf(rows, event.agreementId))),
});

/** Revisions as keys that sort as numbers. */
export const revisionKey = (revision: number): string => String(revision).padStart(12, "0");
