import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { aBatch } from "@grant-ledger/event-store/testing";
import { describe, expect, it, vi } from "vitest";
import { captureIo } from "../io/commandIo";
import { auditorKeys, openerFor, seeded } from "../merkle/auditorFixtures";
import { LANG_ENV } from "../messages/catalogue";
import { auditBundleCli } from "./auditBundle";
import { treeHeadCli } from "./treeHead";
import { verifyBundleCli } from "./verifyBundle";

// These tests read the English texts; the Dutch default is tested with the catalogue.
vi.stubEnv(LANG_ENV, "en");

describe("grant-ledger audit-bundle and verify-bundle", () => {
  it("writes a bundle the auditor checks with no store, against the tree head kept from last period", async () => {
    const keys = await auditorKeys();
    const store = await seeded();
    const h1 = join(keys.dir, "h1.treehead");
    expect(await treeHeadCli(["--key", keys.privateKey, "--out", h1], captureIo().io, openerFor(store))).toBe(
      0,
    );
    await store.appendToStream("agreement-a", aBatch(2), 2n);
    const bundle = join(keys.dir, "a.bundle.json");
    const written = captureIo();
    const args = ["--agreement", "a", "--key", keys.privateKey, "--out", bundle];
    expect(
      await auditBundleCli(
        [...args, "--since", h1, "--public-key", keys.publicKey],
        written.io,
        openerFor(store),
      ),
    ).toBe(0);
    expect(written.text()).toBe(
      `wrote ${bundle}: 5 events of agreement a, each with an inclusion proof, and a consistency proof from the tree head of size 5`,
    );
    const checked = captureIo();
    expect(await verifyBundleCli([bundle, "--key", keys.publicKey, "--since", h1], checked.io)).toBe(0);
    expect(checked.out[0]).toBe("valid: 5 events of agreement a, each in the tree head, none left out");
    expect(checked.out[3]).toMatch(/^ {2}consistent with the kept tree head of size 5/);

    // An edited event in the file: exit 1 naming it.
    const text = await readFile(bundle, "utf8");
    const edited = join(keys.dir, "edited.bundle.json");
    await writeFile(edited, text.replace('"units": "1.5"', '"units": "100.5"'));
    const broken = captureIo();
    expect(await verifyBundleCli([edited, "--key", keys.publicKey, "--since", h1], broken.io)).toBe(1);
    expect(broken.out[0]).toMatch(/^INVALID: the agreement's hash chain: edited at agreement-a revision 1/);
  });

  it("refuses to write a bundle from a truncated store, and a bundle from one fails verification", async () => {
    const keys = await auditorKeys();
    const store = await seeded();
    const h1 = join(keys.dir, "h1.treehead");
    expect(await treeHeadCli(["--key", keys.privateKey, "--out", h1], captureIo().io, openerFor(store))).toBe(
      0,
    );
    const truncated = createInMemoryEventStore({ records: store.records().slice(0, 3) });
    const bundle = join(keys.dir, "t.bundle.json");
    const args = ["--agreement", "a", "--key", keys.privateKey, "--out", bundle];
    const refused = captureIo();
    expect(
      await auditBundleCli(
        [...args, "--since", h1, "--public-key", keys.publicKey],
        refused.io,
        openerFor(truncated),
      ),
    ).toBe(1);
    expect(refused.text()).toContain("fewer than the 5 of the kept tree head");
    expect(await auditBundleCli(args, captureIo().io, openerFor(truncated))).toBe(0);
    const checked = captureIo();
    expect(await verifyBundleCli([bundle, "--key", keys.publicKey, "--since", h1], checked.io)).toBe(1);
    expect(checked.out[0]).toBe(
      "INVALID: the bundle's tree head covers 3 events, fewer than the 5 of the kept one: events were cut off the end",
    );
    expect(checked.out[1]).toMatch(/^ {2}kept tree head: size 5, root /);
  });

  it("exits 2 without a key and 1 for a file that is not a bundle", async () => {
    const keys = await auditorKeys();
    expect(await verifyBundleCli([keys.publicKey], captureIo().io)).toBe(2);
    const notBundle = captureIo();
    expect(await verifyBundleCli([keys.publicKey, "--key", keys.publicKey], notBundle.io)).toBe(1);
    expect(notBundle.text()).toContain("is not an audit bundle: not JSON");
  });
});
