import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureIo, reportCli, verifyReportCli } from "@grant-ledger/cli";
import { runCliProcess } from "@grant-ledger/cli/testing";
import {
  type EventStore,
  createInMemoryEventStore,
  generateCheckpointKeyPair,
} from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { beforeAll, describe, expect, it } from "vitest";
import { csvTables } from "./csvTables";
import { BACKDATED, emmenBackdated } from "./emmenBackdated";
import { EMMEN, emmenYear } from "./emmenYear";

// `grant-ledger report` and `verify-report` on both stores: a SQLite file (in-process and as a
// real process) and a memory store handed to the commands as embedders do.

const dir = mkdtempSync(join(tmpdir(), "gl-report-cli-"));
const file = join(dir, "emmen.db");
const sqlite = `sqlite:${file}`;
const memory = createInMemoryEventStore();
// The commands close the store they open; the memory store must outlive each run.
const memoryOpener = async (): Promise<EventStore> => ({ ...memory, close: async () => {} });

const backdatedFile = join(dir, "emmen-backdated.db");
const backdated = `sqlite:${backdatedFile}`;

beforeAll(async () => {
  const store = openSqliteEventStore({ file });
  await emmenYear(store);
  await store.close();
  await emmenYear(memory);
  const late = openSqliteEventStore({ file: backdatedFile });
  await emmenBackdated(late);
  await late.close();
});

const run = async (
  cli: typeof reportCli,
  args: string[],
  open?: () => Promise<EventStore>,
): Promise<{ code: number; out: string; err: string }> => {
  const c = captureIo();
  const code = await cli(args, c.io, open);
  return { code, out: c.text(), err: c.errors() };
};

describe("report on SQLite and memory stores", () => {
  it.each([
    ["sqlite", sqlite, undefined],
    ["memory", "memory:", memoryOpener],
  ] as const)("every report in every format on %s", async (_name, url, open) => {
    for (const [kind, extra] of [
      ["offer-vs-contract", []],
      ["cell-history", ["--cell", "6/JW/Stad"]],
      ["register", []],
      ["realisation", ["--period", "2007-H1"]],
      ["state", []],
      ["agreements", []],
    ] as const)
      for (const format of ["json", "csv", "html"]) {
        const out = join(dir, `${_name}-${kind}.${format}`);
        const r = await run(
          reportCli,
          [kind, "--store", url, "--agreement", EMMEN, ...extra, "--format", format, "--out", out],
          open,
        );
        expect({ kind, format, code: r.code, err: r.err }).toEqual({ kind, format, code: 0, err: "" });
        expect(r.out).toMatch(
          /^geschreven: .*controlepunt revisie 10, globale positie \d+, hash [0-9a-f]{64}$/,
        );
        const verified = await run(verifyReportCli, [out, "--store", url], open);
        expect({ kind, format, code: verified.code, out: verified.out }).toMatchObject({
          kind,
          format,
          code: 0,
        });
      }
    const state = JSON.parse(
      (await run(reportCli, ["state", "--store", url, "--agreement", EMMEN, "--lang", "en"], open)).out,
    );
    expect(state.body.positions.find((p: { key: string }) => p.key === "6/JW/Stad")).toMatchObject({
      contract: "2025",
      current: "2065",
    });
  });

  it("CSV on stdout in the Dutch dialect, read back", async () => {
    const r = await run(reportCli, [
      "realisation",
      "--store",
      sqlite,
      "--agreement",
      EMMEN,
      "--format",
      "csv",
    ]);
    const { tables } = csvTables(r.out, ";");
    expect(tables[0]?.find((x) => x.Positie === "2/JW/Blokken")).toMatchObject({ Gerealiseerd: "387,5" });
  });

  it("as of a revision and a date; a revision outside the stream is a usage error", async () => {
    const at4 = JSON.parse(
      (await run(reportCli, ["state", "--store", sqlite, "--agreement", EMMEN, "--as-of", "4"])).out,
    );
    expect(at4.checkpoint.revision).toBe("4");
    const today = new Date().toISOString().slice(0, 10);
    const byDate = JSON.parse(
      (
        await run(reportCli, [
          "register",
          "--store",
          sqlite,
          "--agreement",
          EMMEN,
          "--as-of",
          `${today}T23:59:59Z`,
        ])
      ).out,
    );
    expect(byDate.asOf.revision).toBe("10");
    const outside = await run(reportCli, ["state", "--store", sqlite, "--agreement", EMMEN, "--as-of", "99"]);
    expect(outside.code).toBe(2);
    expect(outside.err).toContain("revision 99 is outside the agreement's stream");
  });

  it("--as-of <date> as recorded (the default, or --recorded) or --effective: a late, back-dated change counts only effective", async () => {
    const on = ["--store", backdated, "--agreement", EMMEN, "--as-of", BACKDATED.asOf];
    const stateOf = async (...flags: string[]) => {
      const r = await run(reportCli, ["state", ...on, ...flags]);
      expect(r.code, r.err).toBe(0);
      const d = JSON.parse(r.out);
      return {
        asOf: d.asOf,
        jwStad: d.body.positions.find((p: { key: string }) => p.key === "6/JW/Stad").current,
      };
    };
    const byDefault = await stateOf();
    expect(byDefault).toEqual({
      asOf: {
        requested: BACKDATED.asOf,
        basis: "recorded",
        revision: "5",
        eventsIncluded: "6",
        eventsLeftOut: "0",
      },
      jwStad: "2065",
    });
    expect(await stateOf("--recorded")).toEqual(byDefault);
    expect(await stateOf("--effective")).toEqual({
      asOf: {
        requested: BACKDATED.asOf,
        basis: "effective",
        revision: "6",
        eventsIncluded: "7",
        eventsLeftOut: "1",
      },
      jwStad: "2090",
    });
    // Every kind of an agreement, in every format, and verify-report agrees.
    for (const [kind, extra] of [
      ["offer-vs-contract", []],
      ["cell-history", ["--cell", "6/JW/Stad"]],
      ["register", []],
      ["realisation", []],
      ["state", []],
    ] as const)
      for (const format of ["json", "csv", "html"]) {
        const out = join(dir, `effective-${kind}.${format}`);
        const r = await run(reportCli, [
          kind,
          ...on,
          "--effective",
          ...extra,
          "--format",
          format,
          "--out",
          out,
        ]);
        expect(r.code, `${kind} ${format}: ${r.err}`).toBe(0);
        const v = await run(verifyReportCli, [out, "--store", backdated]);
        expect(v.code, `${kind} ${format}: ${v.out}`).toBe(0);
      }
    const csv = await run(reportCli, ["register", ...on, "--effective", "--format", "csv"]);
    expect(csvTables(csv.out, ";").stamp.get("Grondslag")).toBe("effectief (occurredAt)");
  });

  it("--recorded and --effective: exclusive, for a date only, not for the register of agreements", async () => {
    const on = ["--store", backdated, "--agreement", EMMEN];
    const both = await run(reportCli, ["state", ...on, "--as-of", "2007-06-30", "--recorded", "--effective"]);
    expect(both).toMatchObject({ code: 2 });
    expect(both.err).toContain("--recorded en --effective sluiten elkaar uit");
    const revision = await run(reportCli, ["state", ...on, "--as-of", "4", "--effective", "--lang", "en"]);
    expect(revision.err).toContain("--as-of 4 is a revision; --recorded and --effective apply to a date");
    const noDate = await run(reportCli, ["state", ...on, "--effective"]);
    expect(noDate.err).toContain("--recorded en --effective hebben --as-of <datum> nodig");
    expect((await run(reportCli, ["agreements", "--store", backdated, "--effective"])).code).toBe(2);
    const before = await run(reportCli, [
      "state",
      ...on,
      "--as-of",
      "2007-05-01",
      "--effective",
      "--lang",
      "en",
    ]);
    expect(before.code).toBe(2);
    expect(before.err).toContain("nothing of the agreement was in effect by 2007-05-01");
  });

  it("clear errors for an unknown report, agreement, cell and period, and misplaced flags", async () => {
    const on = ["--store", sqlite, "--agreement", EMMEN];
    const kind = await run(reportCli, ["balance", ...on, "--lang", "en"]);
    expect(kind).toMatchObject({ code: 2 });
    expect(kind.err).toBe(
      'grant-ledger: no report "balance": choose one of offer-vs-contract, cell-history, register, realisation, state, agreements, budget',
    );
    const budget = await run(reportCli, ["budget", ...on]);
    expect(budget.code).toBe(2);
    expect(budget.err).toContain(`overeenkomst ${EMMEN} heeft geen begroting`);
    const agreement = await run(reportCli, ["state", "--store", sqlite, "--agreement", "nope"]);
    expect(agreement.code).toBe(2);
    expect(agreement.err).toContain('geen overeenkomst "nope"');
    const cell = await run(reportCli, ["cell-history", ...on, "--cell", "6/JW/Stadd", "--lang", "en"]);
    expect(cell.code).toBe(2);
    expect(cell.err).toMatch(
      /--cell 6\/JW\/Stadd: agreement emmen-sedna-2007 has no such cell; closest: 6\/JW\/Stad/,
    );
    const period = await run(reportCli, ["realisation", ...on, "--period", "2007-H2", "--lang", "en"]);
    expect(period.err).toBe(
      'grant-ledger: --period "2007-H2": agreement emmen-sedna-2007 has no report for it; reported: 2007-H1',
    );
    expect((await run(reportCli, ["state", ...on, "--cell", "6/JW/Stad"])).code).toBe(2);
    expect((await run(reportCli, ["state", ...on, "--limit", "3"])).err).toContain("--limit geldt alleen");
    expect((await run(reportCli, ["register", ...on, "--limit", "x"])).code).toBe(2);
    expect((await run(reportCli, ["state", "--store", sqlite])).err).toContain("--agreement <id>");
    expect((await run(reportCli, ["cell-history", ...on])).err).toContain("--cell <cel>");
  });

  it("signs with --sign and verify-report checks it with --public-key; an edited number fails with exit 1", async () => {
    const keys = generateCheckpointKeyPair();
    writeFileSync(join(dir, "private.pem"), keys.privateKeyPem);
    writeFileSync(join(dir, "public.pem"), keys.publicKeyPem);
    const out = join(dir, "signed.json");
    const on = ["--store", sqlite, "--agreement", EMMEN];
    expect(
      (await run(reportCli, ["state", ...on, "--sign", join(dir, "private.pem"), "--out", out])).code,
    ).toBe(0);
    const ok = await run(verifyReportCli, [out, "--store", sqlite, "--public-key", join(dir, "public.pem")]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("de handtekening klopt");
    const edited = join(dir, "edited.json");
    const text = readFileSync(out, "utf8");
    writeFileSync(edited, text.replace('"current": "2065"', '"current": "2066"'));
    const bad = await run(verifyReportCli, [edited, "--store", sqlite, "--lang", "en"]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(
      /^INVALID: \$\.body\.positions\[\d+\]\.current: "2066" in the report, "2065" in a fresh computation$/,
    );
    const badSignature = await run(verifyReportCli, [
      edited,
      "--store",
      sqlite,
      "--public-key",
      join(dir, "public.pem"),
    ]);
    expect(badSignature.code).toBe(1);
    // Dutch by default: the same difference worded from its data.
    const dutch = await run(verifyReportCli, [edited, "--store", sqlite]);
    expect(dutch.out).toMatch(
      /^ONGELDIG: \$\.body\.positions\[\d+\]\.current: "2066" in het rapport, "2065" in een nieuwe berekening$/,
    );
    expect(badSignature.out).toMatch(
      /^ONGELDIG: de SHA-256 van het rapport is [0-9a-f]{64}, de handtekening is over/,
    );
  });

  it("works as a real process: report --help, a report written, verify-report outside the chain", async () => {
    const help = await runCliProcess(["report", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Afsluitcodes: 0 geschreven; 2 gebruiksfout");
    const out = join(dir, "process.json");
    const written = await runCliProcess([
      "report",
      "register",
      "--store",
      sqlite,
      "--agreement",
      EMMEN,
      "--out",
      out,
    ]);
    expect({ code: written.code, err: written.err }).toEqual({ code: 0, err: "" });
    const doc = JSON.parse(readFileSync(out, "utf8"));
    const outside = join(dir, "outside.json");
    writeFileSync(
      outside,
      JSON.stringify({ ...doc, checkpoint: { ...doc.checkpoint, globalPosition: "4242" } }),
    );
    const v = await runCliProcess(["verify-report", outside, "--store", sqlite, "--lang", "en"]);
    expect(v).toMatchObject({ code: 1, out: "INVALID: global position 4242 is not in the store's chain\n" });
  }, 120_000);
});
