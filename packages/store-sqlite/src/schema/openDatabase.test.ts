import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory, testEvent } from "../testSupport/tempStore";
import { SCHEMA_VERSION } from "./schema";
import { type SqliteStoreErrorCode, isSqliteStoreError } from "./storeErrors";

const here = dirname(fileURLToPath(import.meta.url));
const temp = tempDirectory("open");
afterAll(temp.cleanup);

/** Opens `file`, expecting a store error with `code`, and checks that the file is byte-for-byte unchanged. */
const expectRefused = (file: string, code: SqliteStoreErrorCode, message: RegExp) => {
  const before = readFileSync(file);
  let thrown: unknown;
  try {
    openSqliteEventStore({ file });
  } catch (e) {
    thrown = e;
  }
  expect(isSqliteStoreError(thrown)).toBe(true);
  expect(isSqliteStoreError(thrown) && thrown.code).toBe(code);
  expect((thrown as Error).message).toMatch(message);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(existsSync(`${file}-wal`)).toBe(false);
};

/** A store with a few events, checkpointed into the main file and closed. */
const makeStore = async (file: string, events = 3) => {
  const store = openSqliteEventStore({ file });
  await store.appendToStream(
    "agreement-x",
    Array.from({ length: events }, (_, i) => testEvent(`c${i}`, { padding: "x".repeat(2000) })),
    "no-stream",
  );
  store.database.pragma("wal_checkpoint(TRUNCATE)");
  store.database.pragma("journal_mode = DELETE");
  await store.close();
};

describe("opening a file that is not a usable store", () => {
  it("refuses random bytes as corrupt", () => {
    const file = join(temp.dir, "random.db");
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expectRefused(file, "corrupt", /not an SQLite database/);
  });

  it("refuses a text file as corrupt", () => {
    const file = join(temp.dir, "notes.txt");
    writeFileSync(file, "these are my notes, not a ledger\n");
    expectRefused(file, "corrupt", /header/);
  });

  it("refuses an SQLite database of another application", () => {
    const file = join(temp.dir, "other.db");
    const db = new Database(file);
    db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
    db.close();
    expectRefused(file, "not-a-grant-ledger-store", /not a grant-ledger store.*customers/);
  });

  it("refuses an SQLite database with a foreign application_id", () => {
    const file = join(temp.dir, "foreign-id.db");
    const db = new Database(file);
    db.pragma("application_id = 1234");
    db.exec("CREATE TABLE t (x)");
    db.close();
    expectRefused(file, "not-a-grant-ledger-store", /application_id 0x000004d2/);
  });

  it("refuses a store written by a newer schema version", async () => {
    const file = join(temp.dir, "newer.db");
    await makeStore(file);
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expectRefused(file, "newer-schema", new RegExp(`schema version ${SCHEMA_VERSION + 1}`));
  });

  it("refuses a store whose meta table names another format", async () => {
    const file = join(temp.dir, "format.db");
    await makeStore(file);
    const db = new Database(file);
    db.prepare("UPDATE grant_ledger_meta SET value = 'something-else' WHERE key = 'format'").run();
    db.close();
    expectRefused(file, "not-a-grant-ledger-store", /something-else/);
  });

  it("refuses a truncated store as corrupt", async () => {
    const file = join(temp.dir, "truncated.db");
    await makeStore(file, 40);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expectRefused(file, "corrupt", /corrupt|malformed/);
  });

  it("reports pages damaged in the middle of the file as corrupt, at the latest when they are read", async () => {
    const file = join(temp.dir, "damaged.db");
    await makeStore(file, 200);
    const pageSize = 4096;
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(pageSize * 10, 0xa5), 0, pageSize * 10, pageSize * 20);
    closeSync(fd);
    let thrown: unknown;
    try {
      const store = openSqliteEventStore({ file });
      try {
        for await (const _ of store.readAll()) {
          // reading is the point: the damaged pages lie somewhere in the events table
        }
      } finally {
        await store.close();
      }
    } catch (e) {
      thrown = e;
    }
    expect(isSqliteStoreError(thrown) && thrown.code).toBe("corrupt");
  });

  it("opens an existing store and an empty file", async () => {
    const file = join(temp.dir, "good.db");
    await makeStore(file);
    const store = openSqliteEventStore({ file });
    await store.close();
    const empty = join(temp.dir, "empty.db");
    writeFileSync(empty, "");
    const fresh = openSqliteEventStore({ file: empty });
    expect(fresh.database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    await fresh.close();
  });
});

describe("tables added after the first schema", () => {
  it("are created on open even while another process holds the write lock past the busy timeout", async () => {
    const file = join(temp.dir, "older.db");
    await openSqliteEventStore({ file }).close();
    // A store from before snapshots: the tables are missing, so opening has to write.
    const raw = new Database(file);
    raw.exec("DROP TABLE stream_snapshots; DROP TABLE snapshot_keys;");
    raw.close();

    // The lock is held longer than this process's busy timeout, so only the retries get it.
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(process.argv[1]);
         db.exec("BEGIN IMMEDIATE"); process.stdout.write("locked\\n");
         setTimeout(() => { db.exec("COMMIT"); db.close(); }, 300);`,
        file,
      ],
      { cwd: join(here, "..", ".."), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));

    const store = openSqliteEventStore({ file, busyTimeoutMs: 10, busyRetries: 40 });
    await store.close();
    await new Promise((resolve) => holder.once("exit", resolve));
    const check = new Database(file, { readonly: true });
    const tables = check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    check.close();
    expect(tables).toEqual(expect.arrayContaining(["stream_snapshots", "snapshot_keys", "merkle_nodes"]));
  });
});
