import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ChainBreak, canonicalJson, isStorageBreak, verifyStore } from "@grant-ledger/event-store";
import Database from "better-sqlite3";
import * as E from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory, testEvent } from "../testSupport/tempStore";

const { dir, cleanup } = tempDirectory("verify");
afterAll(cleanup);
let files = 0;

/** Stream a: 3 events, stream b: 2, interleaved; closed, so the file holds everything. */
const seeded = async (): Promise<string> => {
  const file = join(dir, `store-${files++}.db`);
  const store = openSqliteEventStore({ file });
  const reason = (i: number) => ({
    reason: `genuine reason ${i}`,
    cells: [{ district: "Stad", units: `${i}0.5` }],
  });
  await store.appendToStream(
    "agreement-a",
    [testEvent("a-1", reason(1)), testEvent("a-1", reason(2))],
    "no-stream",
  );
  await store.appendToStream("agreement-b", [testEvent("b-1", reason(3))], "no-stream");
  await store.appendToStream("agreement-a", [testEvent("a-2", reason(4))], 1n);
  await store.appendToStream("agreement-b", [testEvent("b-2", reason(5))], 0n);
  await store.close();
  return file;
};

/** Edits the closed file with plain SQL, as anyone holding it could. */
const edit = (file: string, sql: string, ...params: unknown[]) => {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
};

const verified = async (file: string, streamId?: string): Promise<E.Either<ChainBreak, unknown>> => {
  const store = openSqliteEventStore({ file });
  try {
    return await verifyStore(store, streamId === undefined ? {} : { streamId });
  } finally {
    await store.close();
  }
};

const breakOf = async (file: string, streamId?: string): Promise<ChainBreak> => {
  const result = await verified(file, streamId);
  if (E.isRight(result))
    throw new Error(`verify passed ${file}${streamId === undefined ? "" : ` ${streamId}`}`);
  return result.left;
};

const row = (file: string, streamId: string, revision: number) => {
  const db = new Database(file, { readonly: true });
  const found = db
    .prepare("SELECT * FROM events WHERE stream_id = ? AND revision = ?")
    .get(streamId, revision) as Record<string, string | number>;
  db.close();
  return found;
};

describe("verifying an SQLite store checks what it stores", () => {
  it("passes an intact store, whole and per stream", async () => {
    const file = await seeded();
    expect(E.isRight(await verified(file))).toBe(true);
    expect(E.isRight(await verified(file, "agreement-a"))).toBe(true);
  });

  it("detects metadata.hash added, written as canonical text", async () => {
    const file = await seeded();
    const metadata = JSON.parse(row(file, "agreement-a", 1).metadata as string);
    const forged = canonicalJson({ ...metadata, hash: { approvedBy: "forger", amount: 999999 } });
    edit(file, "UPDATE events SET metadata = ? WHERE stream_id = 'agreement-a' AND revision = 1", forged);
    for (const scope of [undefined, "agreement-a"]) {
      expect(await breakOf(file, scope)).toMatchObject({
        streamId: "agreement-a",
        revision: 1n,
        problem: "edited",
      });
    }
  });

  it("detects a leading duplicate key that SQL reads and JSON.parse skips", async () => {
    const file = await seeded();
    edit(
      file,
      `UPDATE events SET data = '{"reason":"forged reason",' || substr(data, 2)
       WHERE stream_id = 'agreement-b' AND revision = 0`,
    );
    const db = new Database(file, { readonly: true });
    // What an auditor querying the file sees, and what JSON.parse would see.
    const text = db
      .prepare(
        "SELECT data, json_extract(data, '$.reason') AS reason FROM events WHERE stream_id = 'agreement-b'",
      )
      .get() as { data: string; reason: string };
    db.close();
    expect(text.reason).toBe("forged reason");
    expect(JSON.parse(text.data).reason).toBe("genuine reason 3");
    for (const scope of [undefined, "agreement-b"]) {
      const found = await breakOf(file, scope);
      expect(found).toMatchObject({ streamId: "agreement-b", revision: 0n, problem: "not-canonical" });
      expect(found.message).toContain("stored data is not the canonical JSON");
    }
  });

  it("detects an equal value pretty-printed, and keys reordered", async () => {
    const pretty = await seeded();
    const data = JSON.parse(row(pretty, "agreement-a", 2).data as string);
    edit(pretty, "UPDATE events SET data = ? WHERE revision = 2", JSON.stringify(data, null, 2));
    expect(await breakOf(pretty)).toMatchObject({ revision: 2n, problem: "not-canonical" });
    const reordered = await seeded();
    const { reason, ...rest } = data;
    edit(reordered, "UPDATE events SET data = ? WHERE revision = 2", JSON.stringify({ reason, ...rest }));
    expect(await breakOf(reordered, "agreement-a")).toMatchObject({ revision: 2n, problem: "not-canonical" });
  });

  it("detects an edited command id column, which idempotency reads", async () => {
    const file = await seeded();
    edit(file, "UPDATE events SET command_id = 'import-1' WHERE stream_id = 'agreement-b' AND revision = 1");
    for (const scope of [undefined, "agreement-b"]) {
      const found = await breakOf(file, scope);
      expect(found).toMatchObject({ streamId: "agreement-b", revision: 1n, problem: "column-mismatch" });
      expect(found.message).toContain('command id column holds "import-1" but metadata.commandId is "b-2"');
    }
  });

  it("names the stream and revision of a row whose JSON does not parse", async () => {
    const file = await seeded();
    edit(file, "UPDATE events SET metadata = '{' || substr(metadata, 3) WHERE global_position = 3");
    const found = await breakOf(file);
    expect(found).toMatchObject({ streamId: "agreement-a", revision: 2n, problem: "unreadable" });
    expect(found.message).toMatch(
      /^unreadable at agreement-a revision 2 \(global position 3\): metadata is not JSON/,
    );
  });

  it("detects a row moved to a negative global position, out of the port's reads", async () => {
    const file = await seeded();
    edit(file, "UPDATE events SET global_position = -1 WHERE global_position = 0");
    expect(await breakOf(file)).toMatchObject({
      streamId: "agreement-a",
      revision: 0n,
      problem: "reordered",
    });
  });

  it("reports a damaged index from the whole store and from the stream alike", async () => {
    const file = await seeded();
    // Rename stream b's first entry inside the (stream, revision) index only, as a flipped
    // byte in that page does: the table is intact, the stream's reads miss the row.
    const db = new Database(file, { readonly: true });
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const root = db
      .prepare(
        "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' AND sql IS NULL",
      )
      .pluck()
      .get() as number;
    db.close();
    const bytes = readFileSync(file);
    const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
    const at = page.indexOf("agreement-b");
    expect(at).toBeGreaterThan(0);
    page[at + "agreement-".length] = "c".charCodeAt(0);
    writeFileSync(file, bytes);

    for (const scope of [undefined, "agreement-b", "agreement-a"]) {
      const found = await breakOf(file, scope);
      expect(isStorageBreak(found)).toBe(true);
      expect(found.message).toContain("storage-damaged");
    }
  });

  it("detects a trigger added to the events table", async () => {
    const file = await seeded();
    const db = new Database(file);
    db.exec("CREATE TRIGGER quiet AFTER INSERT ON events BEGIN SELECT 1; END");
    db.close();
    const found = await breakOf(file);
    expect(isStorageBreak(found) && found.findings).toEqual([
      "the events table, its indexes or triggers differ from the schema grant-ledger creates",
    ]);
  });

  it("accepts the idempotency index of stores created before 2026-11-22", async () => {
    const file = await seeded();
    const db = new Database(file);
    db.exec(
      "DROP INDEX events_by_command; CREATE INDEX events_by_command ON events (stream_id, command_id);",
    );
    db.close();
    expect(E.isRight(await verified(file))).toBe(true);
    const other = await seeded();
    const changed = new Database(other);
    changed.exec("DROP INDEX events_by_command; CREATE INDEX events_by_command ON events (command_id);");
    changed.close();
    expect(isStorageBreak(await breakOf(other))).toBe(true);
  });

  it("checks a store created before canonical rows against the JSON.stringify text it holds", async () => {
    const file = await seeded();
    // Before 2026-12 stores had no marker and rows held JSON.stringify text in encoder order.
    edit(file, "DELETE FROM grant_ledger_meta WHERE key = 'eventText'");
    const { reason, ...rest } = JSON.parse(row(file, "agreement-a", 0).data as string);
    edit(file, "UPDATE events SET data = ? WHERE global_position = 0", JSON.stringify({ reason, ...rest }));
    expect(E.isRight(await verified(file))).toBe(true);
    expect(E.isRight(await verified(file, "agreement-a"))).toBe(true);
    edit(file, `UPDATE events SET data = '{"reason":"forged",' || substr(data, 2) WHERE global_position = 1`);
    expect(await breakOf(file)).toMatchObject({ revision: 1n, problem: "not-canonical" });
    const pretty = await seeded();
    edit(pretty, "DELETE FROM grant_ledger_meta WHERE key = 'eventText'");
    edit(pretty, "UPDATE events SET metadata = json_pretty(metadata) WHERE global_position = 2");
    expect(await breakOf(pretty)).toMatchObject({ streamId: "agreement-b", problem: "not-canonical" });
  });
});
