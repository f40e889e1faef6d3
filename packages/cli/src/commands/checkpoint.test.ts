import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../io/commandIo";
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, checkpointCli } from "./checkpoint";

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
    const file = join(dir, "all.json");
    const signing = captureIo();
    const args = ["checkpoint", "--store", "memory:", "--key", privateKey, "--out", file];
    expect(await checkpointCli(args, signing.io, openerFor(store))).toBe(0);
    expect(signing.text()).toMatch(/^wrote .*all\.json: all at position 4, hash [0-9a-f]{64}$/);
    const offline = captureIo();
    expect(
      await checkpointCli(["verify-checkpoint", "--checkpoint", file, "--public-key", publicKey], offline.io),
    ).toBe(0);
    expect(offline.text()).toContain("signature valid: all at position 4");
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
    expect(online.text()).toContain("store matches");
  });

  it("prints a stream checkpoint when no --out is given", async () => {
    const store = await seededStore();
    const { io, text } = captureIo();
    const args = ["checkpoint", "--store", "memory:", "--key", privateKey, "--stream", "agreement-b"];
    expect(await checkpointCli(args, io, openerFor(store))).toBe(0);
    expect(JSON.parse(text()).checkpoint).toMatchObject({ scope: "stream:agreement-b", position: "1" });
  });

  it("exits 1 when the store was rewritten, the file altered, or another key signed it", async () => {
    const store = await seededStore();
    const file = join(dir, "tamper.json");
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
    expect(rewritten.text()).toContain("INVALID: the store no longer holds all position 4 (it ends at 2)");

    const altered = join(dir, "altered.json");
    writeFileSync(altered, readFileSync(file, "utf8").replace('"position": "4"', '"position": "3"'));
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

  it("exits 2 for a file that is not a checkpoint", async () => {
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
  });

  it("prints help for every command", async () => {
    for (const argv of [
      ["checkpoint", "--help"],
      ["checkpoint", "keygen", "--help"],
      ["verify-checkpoint", "--help"],
    ]) {
      const { io, text } = captureIo();
      expect(await checkpointCli(argv, io)).toBe(0);
      expect(text()).toContain("Exit codes:");
    }
  });
});
