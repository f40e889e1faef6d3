import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CliRun, runCliProcess } from "@grant-ledger/cli/testing";
import { afterAll, describe, expect, it } from "vitest";

// A whole year of one agreement driven only through the command line, each step a real
// process on one SQLite file, as packages/cli/README.md walks a finance officer through it.

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/cli-year/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gl-cli-year-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = `sqlite:${join(dir, "emmen-2007.db")}`;
const ID = "emmen-sedna-2007-jaar";
const PROVIDER = "sedna:provider:G.L. Jonker";
const MUNICIPALITY = "gm0114:municipality:M. Thalens-Kolker";
const on = ["--store", store, "--agreement", ID];

const step = async (args: string[], code: number): Promise<CliRun> => {
  const run = await runCliProcess(args);
  expect({ args: args.join(" "), code: run.code, err: run.err }).toEqual({
    args: args.join(" "),
    code,
    err: "",
  });
  return run;
};

describe("a year of one agreement through the CLI only", () => {
  it("propose → negotiate → sign ×2 → reallocate → approve → report H1 → amend → report H2 → close, then verify", async () => {
    const proposed = await step(
      ["propose", fixture("proposal.json"), "--store", store, "--create", "--actor", PROVIDER],
      0,
    );
    expect(proposed.out).toBe(`voorgesteld: ${ID} in agreement-${ID}; offerte 4.752 uur + 82 groepen\n`);

    const negotiated = await step(
      [
        "negotiate",
        fixture("round-1.json"),
        ...on,
        "--actor",
        MUNICIPALITY,
        "--reason",
        "onderhandelingsronde 1",
      ],
      0,
    );
    expect(negotiated.out).toContain("ronde 1: 4 celwijzigingen");

    await step(
      [
        "sign",
        ...on,
        "--party",
        "provider",
        "--actor",
        PROVIDER,
        "--role",
        "directeur",
        "--date",
        "2007-01-15",
      ],
      0,
    );
    const signed = await step(
      [
        "sign",
        ...on,
        "--party",
        "municipality",
        "--actor",
        MUNICIPALITY,
        "--role",
        "wethouder",
        "--date",
        "2007-01-22",
        "--json",
      ],
      0,
    );
    const signedJson = JSON.parse(signed.out);
    expect(signedJson.status).toBe("signed");
    expect(signedJson.baseline["2/JW/Stad"]).toEqual({ kind: "hours", amount: "120" });

    const requested = await step(
      [
        "reallocate",
        ...on,
        "--from",
        "6/OBW/Stad",
        "--to",
        "2/OBW/Stad",
        "--units",
        "60",
        "--actor",
        PROVIDER,
        "--reason",
        "wachtlijst jongerenwerk Stad",
        "--request",
        "r-1",
      ],
      3,
    );
    expect(requested.out).toMatch(/^aangevraagd: r-1 heeft goedkeuring nodig/);
    const approved = await step(
      ["approve", ...on, "--request", "r-1", "--actor", MUNICIPALITY, "--reason", "past in het beleid"],
      0,
    );
    expect(approved.out).toMatch(/^goedgekeurd: r-1/);

    const h1 = await step(["report-result", fixture("report-h1.json"), ...on, "--actor", PROVIDER], 0);
    expect(h1.out).toBe(
      `gerapporteerd: 2007-H1 voor ${ID}; gerealiseerd 1.694 uur (35,6% van het contract)\n`,
    );

    const amended = await step(["amend", fixture("amendment-1.json"), ...on, "--actor", MUNICIPALITY], 0);
    expect(amended.out).toContain(
      "(wijziging-2007-1): 2 celwijzigingen; de basis is nu 4.752 uur + 82 groepen",
    );

    const h2 = await step(
      ["report-result", fixture("report-h2.json"), ...on, "--actor", PROVIDER, "--lang", "en", "--json"],
      0,
    );
    expect(JSON.parse(h2.out)).toMatchObject({
      ok: true,
      period: "2007-H2",
      realised: { hours: "898" },
      contract: { hours: "4752" },
    });

    const closed = await step(
      [
        "close",
        ...on,
        "--actor",
        MUNICIPALITY,
        "--reason",
        "einde looptijd",
        "--closed-on",
        "2008-03-31",
        "--final-amount",
        "368517,60",
        "--final-note",
        "vastgesteld conform verantwoording 2007",
      ],
      0,
    );
    expect(closed.out).toBe(`afgesloten: ${ID} op 2008-03-31\nvaststelling: € 368.517,60\n`);

    const verified = await step(["verify", "--store", store, "--stream", `agreement-${ID}`], 0);
    // propose, negotiate, 2 × PartySigned + AgreementSigned, requested, approved, H1, amended, H2, closed
    expect(verified.out).toBe(
      `intact: stroom agreement-${ID}, 11 gebeurtenissen in 1 stroom gecontroleerd, tot en met globale positie 10\n`,
    );
  }, 300_000);
});
