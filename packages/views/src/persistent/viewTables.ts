import type { RowReader, RowSource, RowView, RowWrite } from "../rows/rows";

/** What one batch of upkeep sees: the rows as the batch left them so far, and where to write. */
export interface ViewTransaction {
  /** The view's position as committed (read inside the transaction: another process may have moved it). */
  position(view: string): bigint;
  reader(view: string, agreementId: string): RowReader;
  write(view: string, agreementId: string, writes: readonly RowWrite[]): void;
  setPosition(view: string, position: bigint): void;
}

/**
 * Where views keep their rows and checkpoints: a table per view next to the events (SQLite)
 * or persistent maps (memory). `transact` is atomic: the rows a batch wrote and the views'
 * positions commit together, so after a crash a view resumes exactly where its rows stop.
 */
export interface ViewTables {
  /** Prepares each view's table; a view stored with another version is cleared to be rebuilt. */
  open(views: readonly RowView[]): void;
  /** The next global position the view has to apply (0n: nothing applied). */
  position(view: string): bigint;
  transact(body: (tx: ViewTransaction) => void): void;
  /** Forgets a view's rows and position. */
  clear(view: string): void;
  source(view: string): RowSource;
}

/** A key for caches: the parts cannot contain NUL. */
export const rowId = (agreementId: string, group: string, key: string): string =>
  `${agreementId}\u0000${group}\u0000${key}`;
