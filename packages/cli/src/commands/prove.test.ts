import { join } from "node:path";
import { type RecordedEvent, createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { auditorKeys, openerFor, seeded } from "../merkle/auditorFixtures";
import { LANG_ENV } from "../messages/catalogue";
import { proveCli } from "./prove";
import { treeHeadCli } from "./treeHead";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

describe("grant-ledger prove", () => {
  let keys: Awaited<ReturnType<typeof auditorKeys>>;
  let h1: string;
  /** The events the kept tree head h1 was taken of. */
  let records: RecordedEvent[];
  beforeAll(async () => {
    keys = await auditorKeys();
    h1 = join(keys.dir, "h1.treehead");
    const store = await seeded();
    records = store.records();
    expect(await treeHeadCli(["--key", keys.privateKey, "--out", h1], captureIo().io, openerFor(store))).toBe(
      0,
    );
  });
  const original = () => createInMemoryEventStore({ records });

  it("prints an inclusion proof that checks out against the store's tree", async () => {
    const { io, out } = captureIo();
    expect(await proveCli(["--position", "3", "--size", "4"], io, openerFor(await seeded()))).toBe(0);
    const proof = JSON.parse(out[0]!);
    expect(proof).toMatchObject({
      format: "grant-ledger-inclusion-proof/1",
      position: "3",
      treeSize: "4",
      streamId: "agreement-b",
      revision: "0",
    });
    expect(proof.proof).toHaveLength(2);
    for (const hash of [...proof.proof, proof.leafHash, proof.rootHash])
      expect(hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(out[1]).toMatch(
      /^included: agreement-b revision 0 \(global position 3\) is leaf 3 of the store's tree of size 4/,
    );
  });

  it("checks the event against a kept tree head, also after more appends", async () => {
    const store = original();
    await store.appendToStream("agreement-c", aBatch(4), "no-stream");
    const { io, text } = captureIo();
    expect(
      await proveCli(
        ["--position", "1", "--tree-head", h1, "--public-key", keys.publicKey],
        io,
        openerFor(store),
      ),
    ).toBe(0);
    expect(text()).toMatch(
      /included: agreement-a revision 1 \(global position 1\) is leaf 1 of the tree head of size 5 signed .* by key [0-9a-f]{16}$/,
    );
  });

  it("exits 1 when the event was edited or cut off since the tree head", async () => {
    const editedRecords = [...records];
    editedRecords[1] = { ...records[1]!, data: { units: "999" } };
    const edited = captureIo();
    expect(
      await proveCli(
        ["--position", "1", "--tree-head", h1, "--public-key", keys.publicKey],
        edited.io,
        openerFor(createInMemoryEventStore({ records: editedRecords })),
      ),
    ).toBe(1);
    expect(edited.text()).toContain(
      "INVALID: agreement-a revision 1 (global position 1) is not leaf 1 of the kept tree of size 5",
    );
    const truncated = createInMemoryEventStore({ records: records.slice(0, 4) });
    const cut = captureIo();
    expect(
      await proveCli(
        ["--position", "1", "--tree-head", h1, "--public-key", keys.publicKey],
        cut.io,
        openerFor(truncated),
      ),
    ).toBe(1);
    expect(cut.text()).toBe(
      "INVALID: the store holds 4 events, fewer than the 5 the tree head covers: events were cut off the end",
    );
  });

  it("exits 2 without a position, for a position beyond the tree, and without the public key", async () => {
    const store = await seeded();
    const none = captureIo();
    expect(await proveCli([], none.io, openerFor(store))).toBe(2);
    expect(none.errors()).toContain("prove needs --position <n>");
    const beyond = captureIo();
    expect(await proveCli(["--position", "5"], beyond.io, openerFor(store))).toBe(2);
    expect(beyond.errors()).toBe("position 5 is not in a tree of size 5");
    const noKey = captureIo();
    expect(await proveCli(["--position", "0", "--tree-head", h1], noKey.io, openerFor(store))).toBe(2);
    expect(noKey.errors()).toContain("needs --public-key");
  });
});
