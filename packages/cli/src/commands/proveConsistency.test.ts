import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type InMemoryEventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { auditorKeys, openerFor, seeded } from "../merkle/auditorFixtures";
import { LANG_ENV } from "../messages/catalogue";
import { proveConsistencyCli } from "./proveConsistency";
import { treeHeadCli } from "./treeHead";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

describe("grant-ledger prove-consistency", () => {
  let keys: Awaited<ReturnType<typeof auditorKeys>>;
  let store: InMemoryEventStore;
  let h1: string;
  let h2: string;
  beforeAll(async () => {
    keys = await auditorKeys();
    store = await seeded();
    h1 = join(keys.dir, "h1.treehead");
    h2 = join(keys.dir, "h2.treehead");
    expect(await treeHeadCli(["--key", keys.privateKey, "--out", h1], captureIo().io, openerFor(store))).toBe(
      0,
    );
    await store.appendToStream("agreement-a", aBatch(2), 2n);
    await store.appendToStream("agreement-c", aBatch(4), "no-stream");
    expect(await treeHeadCli(["--key", keys.privateKey, "--out", h2], captureIo().io, openerFor(store))).toBe(
      0,
    );
  });
  const keyed = (...argv: string[]) => [...argv, "--public-key", keys.publicKey];

  it("proves a kept tree head a prefix of a later one", async () => {
    const { io, out } = captureIo();
    expect(await proveConsistencyCli(keyed("--since", h1, "--tree-head", h2), io, openerFor(store))).toBe(0);
    expect(JSON.parse(out[0]!).proof[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(JSON.parse(out[0]!)).toMatchObject({
      format: "grant-ledger-consistency-proof/1",
      firstSize: "5",
      secondSize: "11",
    });
    expect(out[1]).toBe(
      `consistent: the tree of 5 events (the tree head kept in ${h1}) is a prefix of the tree of 11 events (the tree head in ${h2})`,
    );
    const plain = captureIo();
    expect(await proveConsistencyCli(["--from", "3", "--to", "7"], plain.io, openerFor(store))).toBe(0);
  });

  it("exits 1 for a truncated store and for a store rebuilt with valid hashes", async () => {
    const truncated = createInMemoryEventStore({ records: store.records().slice(0, 4) });
    const cut = captureIo();
    expect(await proveConsistencyCli(keyed("--since", h1), cut.io, openerFor(truncated))).toBe(1);
    expect(cut.text()).toContain("fewer than the 5 a kept tree head covers: events were cut off the end");
    // Cut off and refilled to more than the kept size: sizes fit, roots do not.
    const rebuilt = createInMemoryEventStore({ records: store.records().slice(0, 4) });
    await rebuilt.appendToStream("agreement-z", aBatch(3), "no-stream");
    const forged = captureIo();
    expect(await proveConsistencyCli(keyed("--since", h1), forged.io, openerFor(rebuilt))).toBe(1);
    expect(forged.out[1]).toBe("INVALID: two different trees of size 5: the log was rewritten (or forked)");
  });

  it("prints two signed heads of one size with different roots as evidence of a fork", async () => {
    const other = createInMemoryEventStore();
    await other.appendToStream("agreement-x", aBatch(5), "no-stream");
    const fork = join(keys.dir, "fork.treehead");
    expect(
      await treeHeadCli(["--key", keys.privateKey, "--out", fork], captureIo().io, openerFor(other)),
    ).toBe(0);
    const { io, text } = captureIo();
    expect(await proveConsistencyCli(keyed("--since", h1, "--tree-head", fork), io, openerFor(store))).toBe(
      1,
    );
    expect(text()).toContain("two different trees of size 5");
    expect(text()).toContain(`${h1}: `);
    expect(text()).toContain(`${fork}: `);
  });

  it("exits 1 for an altered tree head and 2 for missing sizes", async () => {
    const altered = join(keys.dir, "altered.treehead");
    await writeFile(altered, (await readFile(h1, "utf8")).replace(/^grant-ledger\n5\n/, "grant-ledger\n4\n"));
    const bad = captureIo();
    expect(await proveConsistencyCli(keyed("--since", altered), bad.io, openerFor(store))).toBe(1);
    expect(bad.text()).toContain("the signature does not match the tree head");
    const none = captureIo();
    expect(await proveConsistencyCli([], none.io, openerFor(store))).toBe(2);
    expect(none.errors()).toContain("needs --from <size> or --since");
  });
});
