import { join } from "node:path";
import { readStreamHeads } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "../sqliteEventStore";
import { tempDirectory, testEvent } from "../testSupport/tempStore";

const temp = tempDirectory("stream-heads");
afterAll(temp.cleanup);

const byId = <T extends { streamId: string }>(heads: readonly T[]) =>
  [...heads].sort((a, b) => (a.streamId < b.streamId ? -1 : 1));

describe("SQLite stream heads", () => {
  it("are the last event of each stream below every tree size, as a read of the log finds them", async () => {
    const store = openSqliteEventStore({ file: join(temp.dir, "heads.db") });
    const revisions = new Map<string, bigint>();
    for (let i = 0; i < 40; i++) {
      const streamId = `agreement-${(i * 7) % 5}`;
      const last = revisions.get(streamId);
      const appended = await store.appendToStream(
        streamId,
        [testEvent(`c-${i}`, { i }), ...(i % 3 === 0 ? [testEvent(`c-${i}-b`, { i })] : [])],
        last ?? "no-stream",
      );
      if (E.isLeft(appended)) throw new Error("append failed");
      revisions.set(streamId, appended.right.nextExpectedRevision);
    }
    // The port's `readAll` alone: what readStreamHeads falls back to without the capability.
    const logOnly = { readAll: store.readAll };
    for (const size of [0n, 1n, 2n, 13n, 27n, 53n, 54n]) {
      expect(byId(await store.streamHeads(size))).toEqual(byId(await readStreamHeads(logOnly, size)));
    }
    expect(await store.streamHeads(54n)).toHaveLength(5);
    await store.close();
  });
});
