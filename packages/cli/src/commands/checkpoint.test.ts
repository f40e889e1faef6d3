import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type EventStore,
  type RecordedEvent,
  chainHash,
  createCheckpoint,
  createInMemoryEventStore,
  formatCheckpointFile,
  streamScope,
} from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { LANG_ENV } from "../messages/catalogue";
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, checkpointCli } from "./checkpoint";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });

const seededStore = async () => {
  const store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(3), "no-stream");
  await store.appendToStream("agreement-b", aBatch(2), "no-stream");
  return store;
};

let dir: string;
let privateKey: string;
let publicKey: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-checkpoint-"));
  const { io } = captureIo();
  expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", join(dir, "keys")], io)).toBe(0);
  privateKey = join(dir, "keys", PRIVATE_KEY_FILE);
  publicKey = join(dir, "keys", PUBLIC_KEY_FILE);
});

describe("grant-ledger checkpoint keygen", () => {
  it("writes a private key only its owner can read, and refuses to overwrite without --force", async () => {
    expect(readFileSync(privateKey, "utf8")).toContain("BEGIN PRIVATE KEY");
    expect(readFileSync(publicKey, "utf8")).toContain("BEGIN PUBLIC KEY");
    expect(statSync(privateKey).mode & 0o077).toBe(0);
    const again = captureIo();
    expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", join(dir, "keys")], again.io)).toBe(2);
    expect(again.errors()).toContain("refusing to overwrite");
    const other = join(dir, "other-keys");
    expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", other], captureIo().io)).toBe(0);
    expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", other, "--force"], captureIo().io)).toBe(
      0,
    );
  });
});

describe("grant-ledger checkpoint and verify-checkpoint", () => {
  it("signs the store, verifies offline and against the store", async () => {
    const store = await seededStore();
    const file = join(dir, "all.treehead");
    const signing = captureIo();
    const args = ["checkpoint", "--store", "memory:", "--key", privateKey, "--out", file];
    expect(await checkpointCli(args, signing.io, openerFor(store))).toBe(0);
    expect(signing.text()).toMatch(
      /^wrote .*all\.treehead: tree size 5, root [A-Za-z0-9+/]{43}=, 2 stream heads, signed .* by key [0-9a-f]{16}$/,
    );
    expect(readFileSync(file, "utf8")).toMatch(/^grant-ledger\n5\n.*\nstream-heads 2 /s);
    const offline = captureIo();
    expect(
      await checkpointCli(["verify-checkpoint", "--checkpoint", file, "--public-key", publicKey], offline.io),
    ).toBe(0);
    expect(offline.text()).toContain("signature valid: tree size 5");
    const online = captureIo();
    const withStore = [
      "verify-checkpoint",
      "--checkpoint",
      file,
      "--public-key",
      publicKey,
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(withStore, online.io, openerFor(store))).toBe(0);
    expect(online.text()).toContain(
      "store matches: its first 5 events fold to that root and those stream heads",
    );
  });

  it("prints the tree head when no --out is given; --stream is retired", async () => {
    const store = await seededStore();
    const { io, text } = captureIo();
    expect(await checkpointCli(["checkpoint", "--key", privateKey], io, openerFor(store))).toBe(0);
    expect(text()).toMatch(/^grant-ledger\n5\n/);
    const retired = captureIo();
    const args = ["checkpoint", "--key", privateKey, "--stream", "agreement-b"];
    expect(await checkpointCli(args, retired.io, openerFor(store))).toBe(2);
    expect(retired.errors()).toContain("checkpoint --stream is retired");
  });

  it("catches a history rebuilt with valid chains and a tree to match", async () => {
    const store = await seededStore();
    const file = join(dir, "before-rebuild.treehead");
    const args = ["checkpoint", "--key", privateKey, "--out", file];
    expect(await checkpointCli(args, captureIo().io, openerFor(store))).toBe(0);
    let previousHash = "0".repeat(64);
    const forged = store.records().map((e): RecordedEvent => {
      if (e.streamId !== "agreement-a") return e;
      const fields = { ...e, data: { ...e.data, units: "7" }, previousHash };
      previousHash = chainHash(fields);
      return { ...fields, hash: previousHash };
    });
    const rebuilt = createInMemoryEventStore({ records: forged });
    const checked = captureIo();
    const verifyArgs = [
      "verify-checkpoint",
      "--checkpoint",
      file,
      "--public-key",
      publicKey,
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(verifyArgs, checked.io, openerFor(rebuilt))).toBe(1);
    expect(checked.text()).toMatch(/INVALID: the store's first 5 events have root .*: history was rewritten/);
  });

  it("exits 1 when the store was rewritten, the file altered, or another key signed it", async () => {
    const store = await seededStore();
    const file = join(dir, "tamper.treehead");
    await checkpointCli(
      ["checkpoint", "--store", "memory:", "--key", privateKey, "--out", file],
      captureIo().io,
      openerFor(store),
    );
    const truncated = createInMemoryEventStore({ records: store.records().slice(0, 3) });
    const rewritten = captureIo();
    const verifyArgs = [
      "verify-checkpoint",
      "--checkpoint",
      file,
      "--public-key",
      publicKey,
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(verifyArgs, rewritten.io, openerFor(truncated))).toBe(1);
    expect(rewritten.text()).toContain(
      "INVALID: the store holds 3 events, fewer than the 5 the tree head covers: events were cut off the end",
    );

    const altered = join(dir, "altered.treehead");
    writeFileSync(altered, readFileSync(file, "utf8").replace("grant-ledger\n5\n", "grant-ledger\n4\n"));
    const badSignature = captureIo();
    expect(
      await checkpointCli(
        ["verify-checkpoint", "--checkpoint", altered, "--public-key", publicKey],
        badSignature.io,
      ),
    ).toBe(1);
    expect(badSignature.text()).toContain("altered after signing");

    const otherDir = join(dir, "wrong-keys");
    await checkpointCli(["checkpoint", "keygen", "--out-dir", otherDir], captureIo().io);
    const wrongKey = captureIo();
    const otherPublic = join(otherDir, PUBLIC_KEY_FILE);
    expect(
      await checkpointCli(
        ["verify-checkpoint", "--checkpoint", file, "--public-key", otherPublic],
        wrongKey.io,
      ),
    ).toBe(1);
    expect(wrongKey.text()).toContain("signed by key");
  });

  it("exits 1 for an empty store or a broken chain, 2 for a missing or unreadable key", async () => {
    const empty = captureIo();
    expect(
      await checkpointCli(
        ["checkpoint", "--key", privateKey],
        empty.io,
        openerFor(createInMemoryEventStore()),
      ),
    ).toBe(1);
    expect(empty.text()).toContain("nothing to checkpoint");
    const records = (await seededStore()).records();
    records[1] = { ...records[1]!, type: "Forged" };
    const broken = captureIo();
    const brokenStore = createInMemoryEventStore({ records });
    expect(await checkpointCli(["checkpoint", "--key", privateKey], broken.io, openerFor(brokenStore))).toBe(
      1,
    );
    expect(broken.text()).toContain("BROKEN: edited event in stream agreement-a at revision 1");
    const noKey = captureIo();
    expect(await checkpointCli(["checkpoint"], noKey.io, openerFor(await seededStore()))).toBe(2);
    expect(noKey.errors()).toContain("needs --key");
    const missing = captureIo();
    expect(
      await checkpointCli(
        ["checkpoint", "--key", join(dir, "absent.pem")],
        missing.io,
        openerFor(await seededStore()),
      ),
    ).toBe(2);
    expect(missing.errors()).toContain("ENOENT");
    const notAKey = join(dir, "not-a-key.pem");
    writeFileSync(notAKey, "hello");
    expect(
      await checkpointCli(["checkpoint", "--key", notAKey], captureIo().io, openerFor(await seededStore())),
    ).toBe(2);
    expect(existsSync(join(dir, "absent.pem"))).toBe(false);
  });

  it("exits 2 for a file that is not a checkpoint of either form", async () => {
    const notACheckpoint = join(dir, "not-a-checkpoint.json");
    writeFileSync(notACheckpoint, JSON.stringify({ hello: "world" }));
    const { io, text } = captureIo();
    expect(
      await checkpointCli(
        ["verify-checkpoint", "--checkpoint", notACheckpoint, "--public-key", publicKey],
        io,
      ),
    ).toBe(2);
    expect(text()).toContain("not a valid checkpoint file");
    const notANote = join(dir, "not-a-note.treehead");
    writeFileSync(notANote, "grant-ledger\nfive\n");
    const note = captureIo();
    expect(
      await checkpointCli(
        ["verify-checkpoint", "--checkpoint", notANote, "--public-key", publicKey],
        note.io,
      ),
    ).toBe(2);
    expect(note.text()).toContain("the tree head: a signed tree head has a body");
  });
});

describe("old JSON checkpoints (grant-ledger-checkpoint/1)", () => {
  const legacyFile = async (store: EventStore, scope: "all" | "stream:agreement-a", name: string) => {
    const signed = await createCheckpoint(store, {
      scope: scope === "all" ? (scope as never) : streamScope("agreement-a"),
      privateKeyPem: readFileSync(privateKey, "utf8"),
    });
    if (signed._tag === "Left") throw new Error(JSON.stringify(signed.left));
    const file = join(dir, name);
    writeFileSync(file, formatCheckpointFile(signed.right));
    return file;
  };

  it("are still verified, and upgraded to a tree head over exactly the events they covered", async () => {
    const store = await seededStore();
    const old = await legacyFile(store, "all", "legacy-all.json");
    const verified = captureIo();
    const verifyArgs = [
      "verify-checkpoint",
      "--checkpoint",
      old,
      "--public-key",
      publicKey,
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(verifyArgs, verified.io, openerFor(store))).toBe(0);
    expect(verified.text()).toContain("signature valid: all at position 4");
    expect(verified.text()).toContain("`grant-ledger upgrade-checkpoint` turns it into a tree head");
    expect(verified.text()).toContain("store matches");

    // Appended since the old checkpoint: the tree head still covers only what it did.
    await store.appendToStream("agreement-b", aBatch(1), 1n);
    const upgraded = join(dir, "upgraded-all.treehead");
    const upgrade = captureIo();
    const args = ["upgrade-checkpoint", "--checkpoint", old, "--public-key", publicKey, "--key", privateKey];
    expect(await checkpointCli([...args, "--out", upgraded], upgrade.io, openerFor(store))).toBe(0);
    expect(upgrade.out[0]).toBe("the store still holds all position 4 as the old checkpoint signed it");
    expect(upgrade.out[1]).toMatch(/^wrote .*: tree size 5, root .*, 2 stream heads/);
    const online = captureIo();
    const again = [
      "verify-checkpoint",
      "--checkpoint",
      upgraded,
      "--public-key",
      publicKey,
      "--store",
      "memory:",
    ];
    expect(await checkpointCli(again, online.io, openerFor(store))).toBe(0);

    const streamOld = await legacyFile(store, "stream:agreement-a", "legacy-stream.json");
    const streamUpgrade = captureIo();
    const streamArgs = ["upgrade-checkpoint", "--checkpoint", streamOld, "--public-key", publicKey];
    expect(
      await checkpointCli([...streamArgs, "--key", privateKey], streamUpgrade.io, openerFor(store)),
    ).toBe(0);
    // agreement-a revision 2 is at global position 2: the tree of the first 3 events.
    expect(streamUpgrade.text()).toMatch(/^grant-ledger\n3\n/m);
  });

  it("are not upgraded when the store no longer holds what they signed", async () => {
    const store = await seededStore();
    const old = await legacyFile(store, "all", "legacy-cut.json");
    const truncated = createInMemoryEventStore({ records: store.records().slice(0, 3) });
    const refused = captureIo();
    const args = ["upgrade-checkpoint", "--checkpoint", old, "--public-key", publicKey, "--key", privateKey];
    expect(await checkpointCli(args, refused.io, openerFor(truncated))).toBe(1);
    expect(refused.text()).toContain("INVALID: the store no longer holds all position 4 (it ends at 2)");
  });

  it("prints help for every command", async () => {
    for (const argv of [
      ["checkpoint", "--help"],
      ["checkpoint", "keygen", "--help"],
      ["upgrade-checkpoint", "--help"],
      ["verify-checkpoint", "--help"],
    ]) {
      const { io, text } = captureIo();
      expect(await checkpointCli(argv, io)).toBe(0);
      expect(text()).toContain("Exit codes:");
    }
  });
});
