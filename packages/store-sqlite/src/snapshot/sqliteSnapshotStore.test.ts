import { join } from "node:path";
import { describeSnapshotStoreContract } from "@grant-ledger/event-store/testing";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory } from "../testSupport/tempStore";

const temp = tempDirectory("snapshots");
afterAll(temp.cleanup);

let n = 0;
describeSnapshotStoreContract("SQLite", async () => {
  const store = openSqliteEventStore({ file: join(temp.dir, `contract-${n++}.db`) });
  return { snapshots: store.snapshots, cleanup: () => store.close() };
});

describe("SQLite snapshots", () => {
  it("live in the store's own file and survive reopening", async () => {
    const file = join(temp.dir, "reopen.db");
    const first = openSqliteEventStore({ file });
    await first.snapshots.save(
      { streamId: "s", revision: 3n, eventHash: "ab".repeat(32), schemaVersion: 2, state: { x: "1.50" } },
      [{ kind: "command", key: "c1", revision: 1n }],
    );
    await first.close();
    const second = openSqliteEventStore({ file });
    expect(await second.snapshots.latest("s")).toEqual({
      streamId: "s",
      revision: 3n,
      eventHash: "ab".repeat(32),
      schemaVersion: 2,
      state: { x: "1.50" },
    });
    expect(await second.snapshots.findKeys("s", "command", ["c1"])).toEqual(new Map([["c1", 1n]]));
    await second.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT count(*) FROM stream_snapshots").pluck().get()).toBe(1);
    raw.close();
  });
});
