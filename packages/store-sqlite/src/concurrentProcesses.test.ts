import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GENESIS_HASH, type RecordedEvent, chainHash, eventLeaf } from "@grant-ledger/event-store";
import { createMemoryMerkleTree, rootAt } from "@grant-ledger/merkle";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteEventStore } from "./sqliteEventStore";
import { tempDirectory } from "./testSupport/tempStore";

const here = dirname(fileURLToPath(import.meta.url));
const temp = tempDirectory("processes");
afterAll(temp.cleanup);

const runChild = (file: string, worker: string, appends: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(here, "testSupport", "appendingChild.ts"), file, worker, String(appends)],
      { cwd: join(here, ".."), stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`child ${worker} exited ${code}: ${err}`)),
    );
  });

describe("several processes appending to one file", () => {
  it("lose nothing, duplicate nothing, and keep revisions and global positions gap-free", async () => {
    const file = join(temp.dir, "shared.db");
    const workers = ["w1", "w2", "w3"];
    const appends = 60;
    // The file does not exist yet: the children also race to create the schema.
    await Promise.all(workers.map((w) => runChild(file, w, appends)));

    // Before this process opens the store (which would build missing leaves): the children
    // kept the Merkle tree themselves, in their append transactions.
    const raw = new Database(file, { readonly: true });
    const leaves = raw.prepare("SELECT count(*) FROM merkle_nodes WHERE level = 0").pluck().get();
    raw.close();

    const store = openSqliteEventStore({ file });
    const all: RecordedEvent[] = [];
    for await (const e of store.readAll()) all.push(e);
    const head = await store.merkle.treeHead();
    await store.close();
    expect(leaves).toBe(all.length);
    const reference = rootAt(createMemoryMerkleTree(all.map(eventLeaf)), BigInt(all.length));
    expect(head).toEqual(
      reference._tag === "Right"
        ? { _tag: "Right", right: { treeSize: BigInt(all.length), rootHash: reference.right } }
        : reference,
    );

    const eventsPerWorker = Array.from({ length: appends }, (_, i) => 1 + (i % 2)).reduce((a, b) => a + b, 0);
    expect(all.length).toBe(workers.length * eventsPerWorker);
    expect(all.map((e) => e.globalPosition)).toEqual(all.map((_, i) => BigInt(i)));

    const keys = all.map((e) => `${e.data.worker}/${e.data.i}/${e.data.k}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const w of workers) {
      for (let i = 0; i < appends; i++) {
        const mine = all.filter((e) => e.data.worker === w && e.data.i === i);
        expect(mine.map((e) => e.data.k)).toEqual(Array.from({ length: 1 + (i % 2) }, (_, k) => k));
        expect(mine.every((e) => e.streamId === `agreement-shared-${i % 3}`)).toBe(true);
      }
    }

    for (const streamId of new Set(all.map((e) => e.streamId))) {
      const stream = all.filter((e) => e.streamId === streamId);
      stream.forEach((e, revision) => {
        expect(e.revision).toBe(BigInt(revision));
        expect(e.previousHash).toBe(revision === 0 ? GENESIS_HASH : stream[revision - 1]?.hash);
        expect(e.hash).toBe(chainHash(e));
      });
    }
  });
});
