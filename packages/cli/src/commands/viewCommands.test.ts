import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EXAMPLE_AGREEMENT_ID,
  approveReallocation,
  negotiateExample,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleAgreementCommand } from "../agreement/agreementStore";
import type { CommandIo } from "../io/commandIo";
import { openStore } from "../store/openStore";
import { withStore } from "../store/storeAccess";
import { agreementsCli } from "./agreements";
import { historyCli } from "./history";
import { reallocationsCli } from "./reallocations";

const dir = mkdtempSync(join(tmpdir(), "gl-views-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = `sqlite:${join(dir, "views.db")}`;

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out, err, text: () => out.join("\n"), json: () => JSON.parse(out.join("\n")) };
};

const record = (commands: readonly unknown[]) =>
  withStore(
    (url) => openStore(url, "create"),
    store,
    async (s) => {
      for (const command of commands) {
        const handled = await handleAgreementCommand(s, command);
        if (handled._tag !== "Recorded") throw new Error(JSON.stringify(handled));
      }
    },
  );

beforeAll(async () => {
  await record([
    proposeExample(),
    negotiateExample(),
    signBy("provider"),
    signBy("municipality"),
    requestReallocation("r-small", [shift("6/OBW/Stad", "6/OBW/Velden", 20)]),
    requestReallocation("r-big", [shift("6/OBW/Stad", "6/OBW/Velden", 600)]),
    approveReallocation("r-big"),
  ]);
});

describe("agreements", () => {
  it("lists the register as JSON, totals as exact strings", async () => {
    const c = capture();
    expect(await agreementsCli(["--store", store, "--json"], c.io)).toBe(0);
    expect(c.json()).toMatchObject([
      {
        agreementId: EXAMPLE_AGREEMENT_ID,
        status: "signed",
        contractTotals: { groups: "82", hours: "3364" },
        lastRevision: 7,
        lastChange: { type: "ReallocationApproved" },
      },
    ]);
  });

  it("prints one line per agreement", async () => {
    const c = capture();
    expect(await agreementsCli(["--store", store], c.io)).toBe(0);
    expect(c.text()).toContain(
      `${EXAMPLE_AGREEMENT_ID} | ondertekend | Gemeente Emmen / Stichting Welzijngroep Sedna`,
    );
    expect(c.text()).toContain("contract 82 groepen + 3.364 uur");
    const en = capture();
    expect(await agreementsCli(["--store", store, "--lang", "en"], en.io)).toBe(0);
    expect(en.text()).toContain("contract 82 groups + 3,364 hours");
    expect(en.text()).toContain(`${EXAMPLE_AGREEMENT_ID} | signed | `);
  });
});

describe("history", () => {
  it("shows every change to a cell with who and why, as JSON", async () => {
    const c = capture();
    expect(
      await historyCli(
        ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell", "6/OBW/Stad", "--json"],
        c.io,
      ),
    ).toBe(0);
    const rows = c.json() as {
      step: string;
      after: { amount: string };
      reason?: string;
      actor: { person: string };
    }[];
    expect(rows.map((r) => [r.step, r.after.amount])).toEqual([
      ["offered", "1323"],
      ["negotiated", "1300"],
      ["signed", "1300"],
      ["reallocation-applied", "1280"],
      ["reallocation-requested", "680"],
      ["reallocation-approved", "680"],
    ]);
    expect(rows[1]).toMatchObject({ reason: "less demand", actor: { person: "J. de Vries" } });
  });

  it("prints readable lines", async () => {
    const c = capture();
    expect(
      await historyCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell", "6/obw/stad"], c.io),
    ).toBe(0);
    expect(c.text()).toMatch(
      /onderhandeld \| 6\/OBW\/Stad \[cel\] \| 1\.323 uur -> 1\.300 uur \| door J\. de Vries \(gm0114, municipality\) \| reden: less demand/,
    );
    const en = capture();
    const args = [
      "--store",
      store,
      "--agreement",
      EXAMPLE_AGREEMENT_ID,
      "--cell",
      "6/OBW/Stad",
      "--lang",
      "en",
    ];
    expect(await historyCli(args, en.io)).toBe(0);
    expect(en.text()).toContain("| 1,323 hours -> 1,300 hours |");
    // The level is worded in the catalogue's language too: never `[cell]` inside Dutch output.
    expect(en.text()).toContain("6/OBW/Stad [cell] |");
    expect(c.text()).not.toMatch(/\[(cell|row|resultArea)\]/);
  });

  it("refuses an unknown agreement, an unknown cell and an unreadable one with exit 2", async () => {
    const unknown = capture();
    expect(
      await historyCli(["--store", store, "--agreement", "nope", "--cell", "6/OBW/Stad"], unknown.io),
    ).toBe(2);
    expect(unknown.err.join("\n")).toBe(
      `grant-ledger: geen overeenkomst "nope" in de store ${store} (controleer --agreement)`,
    );
    const noCell = capture();
    expect(
      await historyCli(
        ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell", "9/XX/Nergens"],
        noCell.io,
      ),
    ).toBe(2);
    expect(noCell.err.join("\n")).toBe(
      `grant-ledger: --cell 9/XX/Nergens: overeenkomst ${EXAMPLE_AGREEMENT_ID} heeft die cel niet; dichtstbij: 6/JW/Velden, 2/SCW/Velden, 2/OBW/Velden`,
    );
    const typo = capture();
    const cellArgs = ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell"];
    expect(await historyCli([...cellArgs, "6/OWB/Stad"], typo.io)).toBe(2);
    expect(typo.err.join("\n")).toContain("heeft die cel niet; dichtstbij: 6/OBW/Stad,");
    const bad = capture();
    expect(
      await historyCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell", "6//Stad"], bad.io),
    ).toBe(2);
    expect(bad.err.join("\n")).toContain('--cell "6//Stad" is geen cel');
    const tooLong = capture();
    const args = ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell"];
    expect(await historyCli([...args, "6/OBW/Stad/x"], tooLong.io)).toBe(2);
    expect(await historyCli([...args, "*/OBW"], tooLong.io)).toBe(2);
  });

  it("under --json a mistake is one JSON object on stdout, with the same kind and exit code", async () => {
    const unknown = capture();
    const args = ["--store", store, "--json", "--lang", "en", "--agreement"];
    expect(await historyCli([...args, "nope", "--cell", "6/OBW/Stad"], unknown.io)).toBe(2);
    expect(unknown.err).toEqual([]);
    expect(unknown.json()).toEqual({
      ok: false,
      error: {
        kind: "unknown-agreement",
        exitCode: 2,
        message: `no agreement "nope" in the store ${store} (check --agreement)`,
        agreementId: "nope",
        store,
      },
    });
    const noCell = capture();
    expect(await historyCli([...args, EXAMPLE_AGREEMENT_ID, "--cell", "9/XX/Nergens"], noCell.io)).toBe(2);
    expect(noCell.json()).toMatchObject({ ok: false, error: { kind: "unknown-cell", cell: "9/XX/Nergens" } });
    const page = capture();
    expect(await reallocationsCli([...args, EXAMPLE_AGREEMENT_ID, "--limit", "-1"], page.io)).toBe(2);
    expect(page.json()).toMatchObject({
      ok: false,
      error: { kind: "usage", exitCode: 2, message: '--limit expects a whole number, got "-1"' },
    });
    const listed = capture();
    expect(await agreementsCli(["--store", "sqlite:/nonexistent/dir/x.db", "--json"], listed.io)).toBe(2);
    expect(listed.json()).toMatchObject({ ok: false, error: { kind: "store-missing" } });
  });
});

describe("reallocations", () => {
  it("lists the register with status, decider and cumulative percentage", async () => {
    const c = capture();
    expect(
      await reallocationsCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--json"], c.io),
    ).toBe(0);
    expect(
      (
        c.json() as { requestId: string; status: string; cumulative: { moved: string; percent: string }[] }[]
      ).map((r) => [r.requestId, r.status, r.cumulative[0]?.moved, r.cumulative[0]?.percent]),
    ).toEqual([
      ["r-small", "applied", "20", "0.6"],
      ["r-big", "approved", "620", "18.4"],
    ]);
    const text = capture();
    expect(await reallocationsCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID], text.io)).toBe(0);
    expect(text.text()).toContain("r-big [goedgekeurd] | 600 uur 6/OBW/Stad -> 6/OBW/Velden");
    expect(text.text()).toContain("cumulatief 18,4% (uur; drempel 10%, erboven)");
    const en = capture();
    expect(
      await reallocationsCli(["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--lang", "en"], en.io),
    ).toBe(0);
    expect(en.text()).toContain("cumulative 18.4% of hours (threshold 10%, above)");
    expect(en.text()).toContain("r-big [approved] | ");
  });

  it("refuses an unknown agreement with exit 2", async () => {
    const c = capture();
    expect(await reallocationsCli(["--store", store, "--agreement", "nope"], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain('grant-ledger: geen overeenkomst "nope"');
  });
});

describe("pages", () => {
  it("--limit shows the last entries, --before the ones before a revision; a bad number is a usage error", async () => {
    const last = capture();
    expect(
      await historyCli(
        [
          "--store",
          store,
          "--agreement",
          EXAMPLE_AGREEMENT_ID,
          "--cell",
          "6/OBW/Stad",
          "--json",
          "--limit",
          "2",
        ],
        last.io,
      ),
    ).toBe(0);
    expect((last.json() as { step: string }[]).map((r) => r.step)).toEqual([
      "reallocation-requested",
      "reallocation-approved",
    ]);
    const older = capture();
    expect(
      await reallocationsCli(
        ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--json", "--before", "6"],
        older.io,
      ),
    ).toBe(0);
    expect((older.json() as { requestId: string }[]).map((r) => r.requestId)).toEqual(["r-small"]);
    const bad = capture();
    expect(
      await historyCli(
        ["--store", store, "--agreement", EXAMPLE_AGREEMENT_ID, "--cell", "6/OBW/Stad", "--limit", "x"],
        bad.io,
      ),
    ).toBe(2);
    expect(bad.err.join("\n")).toBe('grant-ledger: --limit verwacht een geheel getal, niet "x"');
  });
});
