import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { verifyTreeHead } from "@grant-ledger/merkle-verify";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { auditorKeys, openerFor, seeded } from "../merkle/auditorFixtures";
import { LANG_ENV } from "../messages/catalogue";
import { treeHeadCli } from "./treeHead";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

describe("grant-ledger tree-head", () => {
  let keys: Awaited<ReturnType<typeof auditorKeys>>;
  beforeAll(async () => {
    keys = await auditorKeys();
  });

  it("writes a signed tree head that verifies with the public key", async () => {
    const store = await seeded();
    const out = join(keys.dir, "h1.treehead");
    const { io, text } = captureIo();
    expect(
      await treeHeadCli(
        ["--key", keys.privateKey, "--out", out, "--origin", "gemeente.example/ledger"],
        io,
        openerFor(store),
      ),
    ).toBe(0);
    expect(text()).toMatch(
      /^wrote .*h1.treehead: tree size 5, root [A-Za-z0-9+/]{43}=, (\d+|no) stream heads?, signed \S+ by key [0-9a-f]{16}$/,
    );
    const verdict = await verifyTreeHead(await readFile(out, "utf8"), keys.publicKeyPem, {
      origin: "gemeente.example/ledger",
    });
    expect(verdict).toMatchObject({ valid: true, treeHead: { treeSize: 5n } });
  });

  it("prints the note, or an unsigned head without a key, at any size the log has", async () => {
    const store = await seeded();
    const signed = captureIo();
    expect(await treeHeadCli(["--key", keys.privateKey, "--size", "2"], signed.io, openerFor(store))).toBe(0);
    expect(signed.text()).toMatch(/^grant-ledger\n2\n/);
    const unsigned = captureIo();
    expect(await treeHeadCli([], unsigned.io, openerFor(store))).toBe(0);
    expect(unsigned.text()).toMatch(/^tree size 5, root .* \(unsigned: pass --key <private.pem> to sign\)$/);
  });

  it("exits 2 for a size beyond the log, a bad size and a missing key file", async () => {
    const store = await seeded();
    const beyond = captureIo();
    expect(await treeHeadCli(["--size", "6"], beyond.io, openerFor(store))).toBe(2);
    expect(beyond.errors()).toBe("the log has 5 entries, so there is no tree of size 6");
    const bad = captureIo();
    expect(await treeHeadCli(["--size", "-1"], bad.io, openerFor(store))).toBe(2);
    expect(bad.errors()).toBe('--size must be a whole number >= 0, not "-1"');
    const missing = captureIo();
    expect(await treeHeadCli(["--key", join(keys.dir, "nope.pem")], missing.io, openerFor(store))).toBe(2);
    expect(missing.errors()).toContain("cannot read private key");
  });
});
