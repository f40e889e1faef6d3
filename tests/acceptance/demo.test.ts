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
    expect(text).toContain(`18 bestanden in ${reports}`);
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
    // Dutch by default, with Dutch number formats.
    expect(text).toContain("elk gedrukt totaal klopt");
    expect(text).toContain("ondertekende basis: 36.146 uur + 82 groepen");
    expect(text).toContain("40 uur van 6/OBW/Stad naar 6/JW/Stad");
    expect(text).toContain("vastgelegd ReallocationApplied");
    expect(text).toContain("controles (proefberekening): goedkeuring nodig");
    expect(text).toMatch(/goedkeuring nodig +tussen resultaatgebieden +verplaatst 60 uur/);
    expect(text).toContain("de gemeente keurt goed: vastgelegd ReallocationApproved");
    expect(text).toMatch(/intact, 9 gebeurtenissen/);
    expect(text).not.toMatch(/\b(hours|signed baseline|recorded|approves)\b/);

    const { state, verified } = await stateOf();
    expect(E.isRight(verified)).toBe(true);
    const hoursAt = (ra: string, wt: string, d: string) =>
      toDecimalString(entryAt(state.current, cell(ra, wt, d))!.quantity.amount);
    expect(hoursAt("6", "OBW", "Stad")).toBe("1283");
    expect(hoursAt("6", "JW", "Stad")).toBe("2065");
    expect(hoursAt("3", "OBW", "Blokken")).toBe("380");
    expect(hoursAt("2", "JW", "Blokken")).toBe("860");
  });

  it("a second run (in English, --lang en) reuses the store, adds to the same agreement and keeps the chain intact", async () => {
    const c = captureIo();
    const argv = ["--store", url, "--create", "--reports-dir", join(dir, "reports"), "--lang", "en"];
    expect(await demoCli(argv, c.io)).toBe(0);
    const text = c.text();
    expect(text).toContain("already imported in this store");
    expect(text).toContain("signed baseline: 36,146 hours + 82 groups");
    expect(text).toContain("40 hours from 6/OBW/Stad to 6/JW/Stad");
    expect(text).toContain("recorded ReallocationApplied");
    expect(text).toContain("controls (dry run): needs-approval");
    expect(text).toContain("needs-approval across-result-areas  moves 60 hours");
    expect(text).toContain("municipality approves: recorded ReallocationApproved");
    expect(text).toMatch(/intact, 13 events/);
    expect(text).not.toMatch(/\b(uur|gebeurtenissen|vastgelegd)\b/);
    const { state, verified } = await stateOf();
    expect(E.isRight(verified)).toBe(true);
    expect(toDecimalString(entryAt(state.current, cell("6", "JW", "Stad"))!.quantity.amount)).toBe("2105");
  });
});
