import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureIo, demoCli, openStore } from "@grant-ledger/cli";
import { agreementDecider, cell, decodeEvent, entryAt, toDecimalString } from "@grant-ledger/core";
import { verifyStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { afterAll, describe, expect, it } from "vitest";

// The README's main job (`pnpm demo`) on a fresh SQLite file, twice: what a new user sees.
describe("the demo on the embedded SQLite store", () => {
  const dir = mkdtempSync(join(tmpdir(), "grant-ledger-demo-"));
  const url = `sqlite:${join(dir, "demo.db")}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const stateOf = async () => {
    const store = await openStore(url);
    try {
      let state = agreementDecider.initialState;
      for await (const e of store.readStream("agreement-emmen-sedna-2007")) {
        const decoded = decodeEvent(e);
        if (E.isLeft(decoded)) throw new Error(decoded.left.map((p) => p.message).join("; "));
        state = agreementDecider.evolve(state, decoded.right);
      }
      const verified = await verifyStore(store);
      return { state, verified };
    } finally {
      await store.close();
    }
  };

  it("imports the 2007 agreement, applies a small shift, approves a cross-area one, reports H1, and the chain is intact", async () => {
    const c = captureIo();
    const reports = join(dir, "reports");
    expect(await demoCli(["--store", url, "--create", "--reports-dir", reports], c.io)).toBe(0);
    const text = c.text();
    expect(text).toContain(`18 files in ${reports}`);
    expect(readdirSync(reports).sort()).toEqual(
      [
        "agreements",
        "cell-history-6-JW-Stad",
        "offer-vs-contract",
        "realisation",
        "register",
        "state",
      ].flatMap((name) => ["csv", "html", "json"].map((f) => `${name}.${f}`)),
    );
    const report = JSON.parse(readFileSync(join(reports, "state.json"), "utf8"));
    expect(report.checkpoint.revision).toBe("8");
    expect(text).toContain("every printed total agrees");
    expect(text).toContain("signed baseline: 36146 hours + 82 groups");
    expect(text).toContain("recorded ReallocationApplied");
    expect(text).toContain("needs-approval across-result-areas");
    expect(text).toContain("municipality approves: recorded ReallocationApproved");
    expect(text).toMatch(/intact, 9 events/);

    const { state, verified } = await stateOf();
    expect(E.isRight(verified)).toBe(true);
    const hoursAt = (ra: string, wt: string, d: string) =>
      toDecimalString(entryAt(state.current, cell(ra, wt, d))!.quantity.amount);
    expect(hoursAt("6", "OBW", "Stad")).toBe("1283");
    expect(hoursAt("6", "JW", "Stad")).toBe("2065");
    expect(hoursAt("3", "OBW", "Blokken")).toBe("380");
    expect(hoursAt("2", "JW", "Blokken")).toBe("860");
  });

  it("a second run reuses the store, adds to the same agreement and keeps the chain intact", async () => {
    const c = captureIo();
    expect(await demoCli(["--store", url, "--create", "--reports-dir", join(dir, "reports")], c.io)).toBe(0);
    expect(c.text()).toContain("already imported in this store");
    expect(c.text()).toMatch(/intact, 13 events/);
    const { state, verified } = await stateOf();
    expect(E.isRight(verified)).toBe(true);
    expect(toDecimalString(entryAt(state.current, cell("6", "JW", "Stad"))!.quantity.amount)).toBe("2105");
  });
});
