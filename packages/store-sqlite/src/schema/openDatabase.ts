import { closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import {
  APPLICATION_ID,
  EVENT_TEXT_CANONICAL,
  EVENT_TEXT_KEY,
  META_TABLE,
  SCHEMA_DDL,
  SCHEMA_VERSION,
  STORE_FORMAT,
} from "./schema";
import { isSqliteBusy, isSqliteCorruption } from "./sqliteErrors";
import { sqliteStoreError } from "./storeErrors";

const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");
const HEADER_BYTES = 100;

export interface OpenDatabaseOptions {
  readonly file: string;
  /** How long SQLite waits for another connection's write lock before SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
  /** Attempts when another process holds the lock beyond the timeout (e.g. while it creates the schema). */
  readonly busyRetries: number;
  /**
   * Tables added after schema version 1 without raising it (the Merkle tree, snapshots):
   * created on open when missing, under the same lock and retries as the schema itself, since
   * several processes may open an older or brand-new file at once.
   */
  readonly openTimeTables?: readonly OpenTimeTables[];
}

export interface OpenTimeTables {
  readonly names: readonly string[];
  /** `CREATE TABLE IF NOT EXISTS` statements for `names`. */
  readonly ddl: string;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Opening is synchronous (like better-sqlite3 itself), so it backs off with a blocking sleep. */
const retryWhileBusy = (attempts: number, step: () => void): void => {
  for (let attempt = 1; ; attempt++) {
    try {
      step();
      return;
    } catch (e) {
      if (!isSqliteBusy(e) || attempt >= attempts) throw e;
      Atomics.wait(pause, 0, 0, Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
};

const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, "0")}`;

/**
 * Looks at the 100-byte SQLite header with plain file reads, so a file that is not ours is
 * refused before SQLite opens it (and before anything could be written to it).
 */
const checkHeader = (file: string): void => {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // no file yet: a new store
  }
  if (size === 0) return;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, "r");
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw sqliteStoreError(
      "corrupt",
      file,
      `${file} is corrupt or not an SQLite database: its header is not "SQLite format 3"`,
    );
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw sqliteStoreError(
      "not-a-grant-ledger-store",
      file,
      `${file} is an SQLite database but not a grant-ledger store (application_id ${hex(applicationId)}, expected ${hex(APPLICATION_ID)})`,
    );
  }
};

type Verdict = "new" | "ours";

/** Reads only; throws a SqliteStoreError for anything that is not a usable store. */
const inspect = (db: Database.Database, file: string): Verdict => {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  const userVersion = db.pragma("user_version", { simple: true }) as number;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  if (applicationId === 0 && tables.length === 0 && userVersion === 0) return "new";
  if (applicationId !== APPLICATION_ID) {
    throw sqliteStoreError(
      "not-a-grant-ledger-store",
      file,
      `${file} is an SQLite database but not a grant-ledger store (application_id ${hex(applicationId)}, tables: ${tables.join(", ") || "none"})`,
    );
  }
  if (userVersion > SCHEMA_VERSION) {
    throw sqliteStoreError(
      "newer-schema",
      file,
      `${file} was written by a newer grant-ledger (schema version ${userVersion}); this version reads schema ${SCHEMA_VERSION} at most. Upgrade grant-ledger to open it.`,
    );
  }
  if (userVersion < 1 || !tables.includes(META_TABLE) || !tables.includes("events")) {
    throw sqliteStoreError(
      "corrupt",
      file,
      `${file} is marked as a grant-ledger store but its schema is incomplete (schema version ${userVersion}, tables: ${tables.join(", ") || "none"})`,
    );
  }
  const format = db.prepare(`SELECT value FROM ${META_TABLE} WHERE key = 'format'`).pluck().get();
  if (format !== STORE_FORMAT) {
    throw sqliteStoreError(
      "not-a-grant-ledger-store",
      file,
      `${file} has a ${META_TABLE} table but its format is ${JSON.stringify(format ?? null)}, not "${STORE_FORMAT}"`,
    );
  }
  // Touch the last page of the events table so a truncated file fails now, not mid-read.
  db.prepare("SELECT global_position, hash FROM events ORDER BY global_position DESC LIMIT 1").get();
  return "ours";
};

const initialise = (db: Database.Database, file: string): void => {
  db.transaction(() => {
    // Another process may have initialised the file between our inspection and this lock.
    if (inspect(db, file) === "ours") return;
    db.exec(SCHEMA_DDL);
    const put = db.prepare(`INSERT INTO ${META_TABLE} (key, value) VALUES (?, ?)`);
    put.run("format", STORE_FORMAT);
    put.run("schemaVersion", String(SCHEMA_VERSION));
    put.run("createdAt", new Date().toISOString());
    put.run(EVENT_TEXT_KEY, EVENT_TEXT_CANONICAL);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};

/** Takes the write lock only when a table is missing, so opening an up-to-date file stays a read. */
const ensureOpenTimeTables = (db: Database.Database, wanted: readonly OpenTimeTables[]): void => {
  const present = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const missing = wanted.filter((t) => t.names.some((name) => !present.has(name)));
  if (missing.length === 0) return;
  db.transaction(() => {
    for (const t of missing) db.exec(t.ddl);
  }).immediate();
};

/**
 * Opens (creating if absent) a grant-ledger store file. Validation only reads; the schema,
 * WAL mode and other writes happen after the file has been recognised as ours or as new.
 */
export const openDatabase = ({
  file,
  busyTimeoutMs,
  busyRetries,
  openTimeTables = [],
}: OpenDatabaseOptions): Database.Database => {
  checkHeader(file);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    retryWhileBusy(busyRetries, () => {
      if (inspect(db, file) === "new") initialise(db, file);
      db.pragma("journal_mode = WAL");
      ensureOpenTimeTables(db, openTimeTables);
    });
    // FULL: every commit fsyncs the WAL, so an acknowledged append survives a power cut.
    db.pragma("synchronous = FULL");
    return db;
  } catch (e) {
    db.close();
    if (isSqliteCorruption(e)) {
      throw sqliteStoreError("corrupt", file, `${file} is corrupt: ${(e as Error).message}`, e);
    }
    throw e;
  }
};
