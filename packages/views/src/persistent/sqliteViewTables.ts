import type Database from "better-sqlite3";
import type { Row, RowSource, RowView } from "../rows/rows";
import { type ViewTables, type ViewTransaction, rowId } from "./viewTables";

const CHECKPOINTS = "view_checkpoints";
/** Sorts after every key the views write. */
const END = "\uffff";

/** `view_cell_history`: one table per view, its own schema, in the events' file. */
export const tableOf = (view: string): string => {
  if (!/^[a-z][a-z0-9_]*$/.test(view)) throw new RangeError(`not a view name: ${JSON.stringify(view)}`);
  return `view_${view}`;
};

interface Statements {
  readonly get: Database.Statement;
  readonly getMany: Database.Statement;
  readonly list: Database.Statement;
  readonly listAll: Database.Statement;
  readonly upsert: Database.Statement;
  readonly remove: Database.Statement;
  readonly clear: Database.Statement;
}

interface Pending {
  readonly view: string;
  readonly agreementId: string;
  readonly group: string;
  readonly key: string;
  readonly row: Row | null;
}

/**
 * View tables in the store's SQLite file. A batch runs in one IMMEDIATE transaction: rows are
 * read through a write-back cache (a row an agreement's events rewrite many times in a batch,
 * such as its register entry, is written once) and flushed with the views' positions before
 * the commit. Rows are stored as the JSON text of what the step wrote, so a rebuild and the
 * incremental upkeep leave the very same bytes.
 */
export const createSqliteViewTables = (db: Database.Database): ViewTables => {
  // IMMEDIATE: the busy timeout then covers another process creating the same tables at once.
  const createTable = (ddl: string) => db.transaction(() => db.exec(ddl)).immediate();
  createTable(`CREATE TABLE IF NOT EXISTS ${CHECKPOINTS} (
    view TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL) STRICT`);
  const statements = new Map<string, Statements>();
  const readCheckpoint = db
    .prepare(`SELECT version, position FROM ${CHECKPOINTS} WHERE view = ?`)
    .safeIntegers(true);
  const writeCheckpoint = db.prepare(
    `INSERT INTO ${CHECKPOINTS} (view, version, position) VALUES (?, ?, ?)
     ON CONFLICT (view) DO UPDATE SET version = excluded.version, position = excluded.position`,
  );
  const dropCheckpoint = db.prepare(`DELETE FROM ${CHECKPOINTS} WHERE view = ?`);
  const versions = new Map<string, number>();

  const of = (view: string): Statements => {
    const s = statements.get(view);
    if (s === undefined) throw new Error(`view ${view} is not open`);
    return s;
  };

  const prepare = (view: string): Statements => {
    const table = tableOf(view);
    createTable(`CREATE TABLE IF NOT EXISTS ${table} (
      agreement_id TEXT NOT NULL, grp TEXT NOT NULL, key TEXT NOT NULL, row TEXT NOT NULL,
      PRIMARY KEY (agreement_id, grp, key)) STRICT, WITHOUT ROWID`);
    return {
      get: db.prepare(`SELECT row FROM ${table} WHERE agreement_id = ? AND grp = ? AND key = ?`).pluck(),
      getMany: db
        .prepare(
          `SELECT key, row FROM ${table} WHERE agreement_id = ? AND grp = ? AND key IN (SELECT value FROM json_each(?))`,
        )
        .raw(),
      list: db
        .prepare(
          `SELECT key, row FROM ${table} WHERE agreement_id = ? AND grp = ? AND key < ? ORDER BY key DESC LIMIT ?`,
        )
        .raw(),
      listAll: db
        .prepare(`SELECT agreement_id, row FROM ${table} WHERE grp = ? ORDER BY agreement_id, key`)
        .raw(),
      upsert: db.prepare(
        `INSERT INTO ${table} (agreement_id, grp, key, row) VALUES (?, ?, ?, ?)
         ON CONFLICT (agreement_id, grp, key) DO UPDATE SET row = excluded.row`,
      ),
      remove: db.prepare(`DELETE FROM ${table} WHERE agreement_id = ? AND grp = ? AND key = ?`),
      clear: db.prepare(`DELETE FROM ${table}`),
    };
  };

  const committed = (view: string): bigint =>
    (readCheckpoint.get(view) as { position: bigint } | undefined)?.position ?? 0n;

  const clear = (view: string) => {
    db.transaction(() => {
      of(view).clear.run();
      dropCheckpoint.run(view);
    }).immediate();
  };

  const batch = db.transaction((body: (tx: ViewTransaction) => void) => {
    const cache = new Map<string, Row | null>();
    const dirty = new Map<string, Pending>();
    const moved = new Map<string, bigint>();
    const tx: ViewTransaction = {
      position: (view) => moved.get(view) ?? committed(view),
      reader: (view, agreementId) => ({
        get: (group, key) => {
          const id = `${view}\u0000${rowId(agreementId, group, key)}`;
          const cached = cache.get(id);
          if (cached !== undefined) return cached ?? undefined;
          const text = of(view).get.get(agreementId, group, key) as string | undefined;
          const row = text === undefined ? null : (JSON.parse(text) as Row);
          cache.set(id, row);
          return row ?? undefined;
        },
      }),
      write: (view, agreementId, writes) => {
        for (const w of writes) {
          const id = `${view}\u0000${rowId(agreementId, w.group, w.key)}`;
          cache.set(id, w.row);
          dirty.set(id, { view, agreementId, group: w.group, key: w.key, row: w.row });
        }
      },
      setPosition: (view, position) => moved.set(view, position),
    };
    body(tx);
    for (const p of dirty.values()) {
      const s = of(p.view);
      if (p.row === null) s.remove.run(p.agreementId, p.group, p.key);
      else s.upsert.run(p.agreementId, p.group, p.key, JSON.stringify(p.row));
    }
    for (const [view, position] of moved) writeCheckpoint.run(view, versions.get(view) ?? 0, position);
  });

  return {
    open: (views: readonly RowView[]) => {
      for (const v of views) {
        statements.set(v.name, prepare(v.name));
        versions.set(v.name, v.version);
        const saved = readCheckpoint.get(v.name) as { version: bigint; position: bigint } | undefined;
        if (saved !== undefined && Number(saved.version) !== v.version) clear(v.name);
      }
    },
    position: committed,
    transact: (body) => batch.immediate(body),
    clear,
    source: (view): RowSource => ({
      get: (agreementId, group, key) => {
        const text = of(view).get.get(agreementId, group, key) as string | undefined;
        return text === undefined ? undefined : (JSON.parse(text) as Row);
      },
      getMany: (agreementId, group, keys) =>
        new Map(
          (of(view).getMany.all(agreementId, group, JSON.stringify(keys)) as [string, string][]).map(
            ([k, t]) => [k, JSON.parse(t) as Row] as const,
          ),
        ),
      // Read backwards from `before`, so a page of the latest rows never reads the older ones.
      list: (agreementId, group, page = {}) =>
        (of(view).list.all(agreementId, group, page.before ?? END, page.limit ?? -1) as [string, string][])
          .reverse()
          .map(([k, t]) => [k, JSON.parse(t) as Row] as const),
      listAll: (group) =>
        (of(view).listAll.all(group) as [string, string][]).map(
          ([a, t]) => [a, JSON.parse(t) as Row] as const,
        ),
    }),
  };
};
