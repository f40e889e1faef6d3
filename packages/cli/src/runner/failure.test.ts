import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkpointCli } from "../commands/checkpoint";
import { verifyCli } from "../commands/verify";
import { EXIT } from "../exitCodes";
import { captureIo } from "../io/commandIo";
import { LANG_ENV } from "../messages/catalogue";
import { openStore } from "../store/openStore";
import { exitForFailure } from "./failure";

// These tests read the English texts; the Dutch default is tested in messages/catalogue.test.ts.
vi.stubEnv(LANG_ENV, "en");

// Each case is one of the raw-exception signatures found by the bad-argument probe (issue 19).

const openerFor = (store: EventStore) => async () => ({ ...store, close: async () => undefined });

let dir: string;
let key: string;
let store: EventStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gl-failure-"));
  expect(await checkpointCli(["checkpoint", "keygen", "--out-dir", join(dir, "keys")], captureIo().io)).toBe(
    0,
  );
  key = join(dir, "keys", "checkpoint-private.pem");
  store = createInMemoryEventStore();
  await store.appendToStream("agreement-a", aBatch(2), "no-stream");
});

const checkpointTo = async (out: string) => {
  const run = captureIo();
  const code = await checkpointCli(
    ["checkpoint", "--store", "memory:", "--key", key, "--out", out],
    run.io,
    openerFor(store),
  );
  return { code, errors: run.errors() };
};

const keygenInto = async (outDir: string) => {
  const run = captureIo();
  const code = await checkpointCli(["checkpoint", "keygen", "--out-dir", outDir], run.io);
  return { code, errors: run.errors() };
};

describe("file-system errors on --out and --out-dir: exit 5, naming the path", () => {
  it("ENOENT: --out in a folder that does not exist", async () => {
    const out = join(dir, "missing", "cp.json");
    expect(await checkpointTo(out)).toEqual({ code: EXIT.fileSystem, errors: expect.stringContaining(out) });
    expect((await checkpointTo(out)).errors).toMatch(/ENOENT/);
  });

  it("EISDIR: --out names a directory", async () => {
    const result = await checkpointTo(dir);
    expect(result.code).toBe(EXIT.fileSystem);
    expect(result.errors).toMatch(/is a directory.*EISDIR/);
    expect(result.errors).toContain(dir);
  });

  it.skipIf(!existsSync("/dev/full"))("ENOSPC: --out on a full device", async () => {
    const result = await checkpointTo("/dev/full");
    expect(result).toEqual({ code: EXIT.fileSystem, errors: expect.stringMatching(/\/dev\/full.*ENOSPC/) });
  });

  it("ENOTDIR and EEXIST: --out-dir below a file, or a file", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    const below = await keygenInto(join(file, "keys"));
    expect(below.code).toBe(EXIT.fileSystem);
    expect(below.errors).toMatch(/ENOTDIR/);
    const itself = await keygenInto(file);
    expect(itself.code).toBe(EXIT.fileSystem);
    expect(itself.errors).toContain(file);
  });

  it.skipIf(!existsSync("/proc/self"))(
    "keygen --out-dir /proc/kg fails at once instead of looping",
    async () => {
      const started = Date.now();
      const result = await keygenInto("/proc/kg");
      expect(result.code).toBe(EXIT.fileSystem);
      expect(result.errors).toMatch(/\/proc\/kg.*ENOENT/);
      expect(Date.now() - started).toBeLessThan(3000);
    },
    10_000,
  );

  it("creates missing parents of --out-dir one level at a time", async () => {
    const nested = join(dir, "x", "y", "z");
    expect((await keygenInto(nested)).code).toBe(EXIT.ok);
    mkdirSync(join(dir, "x", "y", "z"), { recursive: true });
  });
});

describe("an unreachable EventStoreDB: exit 6, naming the URL, no raw gRPC text", () => {
  const verifyAt = async (url: string) => {
    const run = captureIo();
    const code = await verifyCli(["--store", url], run.io, openStore);
    return { code, errors: run.errors() };
  };

  it("a node that refuses the connection", async () => {
    const url = "esdb://127.0.0.1:1?tls=false";
    const result = await verifyAt(url);
    expect(result.code).toBe(EXIT.unreachable);
    expect(result.errors).toContain(`cannot reach the store at ${url}`);
    expect(result.errors).not.toMatch(/UNAVAILABLE|Resolution note/);
  }, 20_000);

  it("a cluster that cannot be discovered, without the credentials in the message", async () => {
    const result = await verifyAt("esdb+discover://admin:secret@127.0.0.1:1?tls=false&maxDiscoverAttempts=1");
    expect(result.code).toBe(EXIT.unreachable);
    expect(result.errors).toContain("cannot reach the store at esdb+discover://127.0.0.1:1");
    expect(result.errors).not.toContain("secret");
  }, 20_000);
});

describe("verify-checkpoint on a deeply nested file", () => {
  it("refuses it as not a checkpoint (exit 2) instead of overflowing the stack", async () => {
    const deep = join(dir, "deep.json");
    writeFileSync(deep, `{"checkpoint":${"[".repeat(20_000)}${"]".repeat(20_000)}}`);
    const run = captureIo();
    const code = await checkpointCli(
      ["verify-checkpoint", "--checkpoint", deep, "--public-key", join(dir, "keys", "checkpoint-public.pem")],
      run.io,
    );
    expect(code).toBe(EXIT.usage);
    expect(run.text()).toMatch(/nested more than 16 levels/);
    expect(run.errors()).not.toMatch(/call stack/);
  });
});

describe("internal errors", () => {
  const broken: EventStore = {
    ...createInMemoryEventStore(),
    readAll: () => {
      throw new TypeError("cannot read properties of undefined (reading 'hash')");
    },
  };

  it("say they are internal, give a short id, use their own exit code and are not usage errors", async () => {
    const run = captureIo();
    const code = await verifyCli(["--store", "memory:"], run.io, openerFor(broken));
    expect(code).toBe(EXIT.internal);
    expect(code).not.toBe(EXIT.usage);
    expect(run.errors()).toMatch(/^grant-ledger: internal error [0-9a-f]{8}: cannot read properties/);
    expect(run.errors()).toContain("GRANT_LEDGER_DEBUG=1");
    expect(run.errors()).not.toMatch(/\n\s+at /);
  });

  it("print the stack only with GRANT_LEDGER_DEBUG=1, and the same bug keeps its id", () => {
    const error = new TypeError("boom");
    const quiet = captureIo();
    const loud = captureIo();
    expect(exitForFailure(error, quiet.io, { env: { [LANG_ENV]: "en" } })).toBe(EXIT.internal);
    expect(exitForFailure(error, loud.io, { env: { [LANG_ENV]: "en", GRANT_LEDGER_DEBUG: "1" } })).toBe(
      EXIT.internal,
    );
    expect(loud.errors()).toMatch(/\n\s+at /);
    const id = (text: string) => /internal error ([0-9a-f]{8})/.exec(text)?.[1];
    expect(id(loud.errors())).toBe(id(quiet.errors()));
  });

  it("a store URL that names nothing stays a usage error", async () => {
    const run = captureIo();
    expect(await verifyCli(["--store", "nope:"], run.io, openStore)).toBe(EXIT.usage);
    expect(run.errors()).toContain("unsupported store URL");
  });
});
