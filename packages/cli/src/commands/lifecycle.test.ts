import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo } from "../io/commandIo";
import { amendCli } from "./amend";
import { approveCli } from "./approve";
import { closeCli } from "./close";
import { negotiateCli } from "./negotiate";
import { proposeCli } from "./propose";
import { reallocateCli } from "./reallocate";
import { reportResultCli } from "./reportResult";
import { signCli } from "./sign";

// The lifecycle commands in-process on a SQLite file: every mistake, quickly. The same year as
// real processes is tests/acceptance/cliYear.test.ts.

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../tests/fixtures/cli-year/${name}`, import.meta.url));
const MANIFEST = fileURLToPath(
  new URL("../../../../tests/fixtures/emmen-2007/manifest.json", import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), "gl-lifecycle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = `sqlite:${join(dir, "year.db")}`;
const ID = "emmen-sedna-2007-jaar";
const PROVIDER = "sedna:provider:G.L. Jonker";
const MUNICIPALITY = "gm0114:municipality:M. Thalens-Kolker";
const on = (...rest: string[]) => ["--store", store, "--agreement", ID, ...rest];

const run = async (
  cli: (argv: readonly string[], io: ReturnType<typeof captureIo>["io"]) => Promise<number>,
  argv: string[],
) => {
  const c = captureIo();
  const code = await cli(argv, c.io);
  return { code, out: c.text(), err: c.errors() };
};

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("propose", () => {
  it("refuses a missing store without --create (naming the path), and creates nothing", async () => {
    const r = await run(proposeCli, [fixture("proposal.json"), "--store", store, "--actor", PROVIDER]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `grant-ledger: geen store op ${join(dir, "year.db")} (${store}): controleer het pad; alleen import, propose en demo maken een nieuwe store, met --create`,
    );
    expect(existsSync(join(dir, "year.db"))).toBe(false);
  });

  it("names the file and the problem: missing, not JSON, not decoding (path in the file and value)", async () => {
    const missing = await run(proposeCli, [
      join(dir, "nope.json"),
      "--store",
      store,
      "--create",
      "--actor",
      PROVIDER,
      "--lang",
      "en",
    ]);
    expect(missing).toMatchObject({
      code: 2,
      err: `grant-ledger: ${join(dir, "nope.json")}: cannot read the file (ENOENT)`,
    });
    const notJson = write("broken.json", "{ offer: ");
    expect(
      (await run(proposeCli, [notJson, "--store", store, "--create", "--actor", PROVIDER, "--lang", "en"]))
        .err,
    ).toMatch(new RegExp(`^grant-ledger: ${notJson}: not JSON: `));
    const wrong = write(
      "wrong.json",
      JSON.stringify({ agreementId: ID, period: { start: "2007-13-01", end: "2007-12-31" } }),
    );
    const r = await run(proposeCli, [wrong, "--store", store, "--create", "--actor", PROVIDER, "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ ok: false, error: { kind: "bad-file", exitCode: 2, path: wrong } });
    expect(json.error.message).toContain('at period.start: expected IsoDate, found "2007-13-01"');
    expect(r.err).toBe("");
    expect(existsSync(join(dir, "year.db"))).toBe(false);
  });

  it("proposes from a file with --create; Dutch numbers by default, exact values under --json", async () => {
    const r = await run(proposeCli, [
      fixture("proposal.json"),
      "--store",
      store,
      "--create",
      "--actor",
      PROVIDER,
    ]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(`voorgesteld: ${ID} in agreement-${ID}; offerte 4.752 uur + 82 groepen`);
    const again = await run(proposeCli, [
      fixture("proposal.json"),
      "--store",
      store,
      "--actor",
      PROVIDER,
      "--json",
    ]);
    expect(again.code).toBe(4);
    expect(JSON.parse(again.out)).toMatchObject({ outcome: "forbidden" });
  });

  it("proposes the Offerte columns of a manifest", async () => {
    const other = `sqlite:${join(dir, "manifest.db")}`;
    const r = await run(proposeCli, [
      "--manifest",
      MANIFEST,
      "--store",
      other,
      "--create",
      "--actor",
      PROVIDER,
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: true,
      agreementId: "emmen-sedna-2007",
      events: [{ type: "AgreementProposed" }],
    });
    expect((await run(proposeCli, ["--store", other, "--actor", PROVIDER])).code).toBe(2);
  });
});

describe("negotiate, sign", () => {
  it("an unknown agreement is exit 2 with one message in every command", async () => {
    const messages = await Promise.all([
      run(negotiateCli, [
        fixture("round-1.json"),
        "--store",
        store,
        "--agreement",
        "nope",
        "--actor",
        MUNICIPALITY,
      ]),
      run(signCli, [
        "--store",
        store,
        "--agreement",
        "nope",
        "--actor",
        MUNICIPALITY,
        "--party",
        "municipality",
        "--role",
        "wethouder",
      ]),
      run(closeCli, ["--store", store, "--agreement", "nope", "--actor", MUNICIPALITY, "--reason", "x"]),
    ]);
    for (const r of messages) {
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `grant-ledger: geen overeenkomst "nope" in de store ${store} (controleer --agreement)`,
      );
    }
  });

  it("a round whose change has no reason does not decode; a good round is recorded", async () => {
    const noReason = write(
      "round-no-reason.json",
      JSON.stringify({
        cellChanges: [
          {
            position: { resultArea: "6", workType: "OBW", district: "Stad" },
            from: null,
            to: null,
            reason: " ",
          },
        ],
      }),
    );
    const bad = await run(negotiateCli, [noReason, ...on("--actor", MUNICIPALITY, "--lang", "en")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      `${noReason}: does not decode: at cellChanges[0].reason: expected NonEmptyString, found " "`,
    );
    const r = await run(negotiateCli, [
      fixture("round-1.json"),
      ...on("--actor", MUNICIPALITY, "--reason", "ronde 1"),
    ]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      `onderhandeld: ${ID}, ronde 1: 4 celwijzigingen; het concept bevat nu 4.752 uur + 82 groepen`,
    );
  });

  it("signs per party; a bad date is usage, the wrong role refused; the second signature sets the baseline", async () => {
    const date = await run(
      signCli,
      on("--actor", PROVIDER, "--party", "provider", "--role", "directeur", "--date", "31-12-2007"),
    );
    expect(date).toMatchObject({
      code: 2,
      err: 'grant-ledger: --date "31-12-2007": verwacht een datum zoals 2007-12-31',
    });
    const wrongParty = await run(
      signCli,
      on("--actor", PROVIDER, "--party", "municipality", "--role", "directeur"),
    );
    expect(wrongParty.code).toBe(4);
    expect(wrongParty.err).toMatch(/^grant-ledger: geweigerd \(SignerNotParty\): /);
    const first = await run(
      signCli,
      on("--actor", PROVIDER, "--party", "provider", "--role", "directeur", "--date", "2007-01-15"),
    );
    expect(first.out).toBe(
      `de aanbieder heeft ${ID} ondertekend (G.L. Jonker)\nwacht op de handtekening van de gemeente`,
    );
    const second = await run(
      signCli,
      on("--actor", MUNICIPALITY, "--party", "municipality", "--role", "wethouder", "--json"),
    );
    expect(second.code).toBe(0);
    const json = JSON.parse(second.out);
    expect(json).toMatchObject({
      ok: true,
      status: "signed",
      events: [{ type: "PartySigned" }, { type: "AgreementSigned" }],
    });
    expect(json.baseline["6/OBW/Stad"]).toEqual({ kind: "hours", amount: "1283" });
  });
});

describe("reallocate, report-result, amend, close", () => {
  it("checks --units and cells before anything is sent", async () => {
    const shift = (units: string, from = "6/OBW/Stad") =>
      run(
        reallocateCli,
        on("--from", from, "--to", "2/OBW/Stad", "--units", units, "--actor", PROVIDER, "--reason", "x"),
      );
    const dotted = await shift("1.500");
    expect(dotted.code).toBe(2);
    expect(dotted.err).toContain("een punt scheidt in Nederlandse notatie duizendtallen");
    const typo = await shift("60", "6/OWB/Stad");
    expect(typo.err).toBe(
      `grant-ledger: --from 6/OWB/Stad: overeenkomst ${ID} heeft die cel niet; dichtstbij: 6/OBW/Stad, 6/JW/Stad, 2/OBW/Stad`,
    );
    const asked = await run(
      reallocateCli,
      on(
        "--from",
        "6/OBW/Stad",
        "--to",
        "2/OBW/Stad",
        "--units",
        "60",
        "--actor",
        PROVIDER,
        "--reason",
        "wachtlijst",
        "--request",
        "r-1",
      ),
    );
    expect(asked.code).toBe(3);
    expect(asked.out).toMatch(/^aangevraagd: r-1 heeft goedkeuring nodig/);
    const approved = await run(
      approveCli,
      on("--request", "r-1", "--actor", MUNICIPALITY, "--reason", "akkoord"),
    );
    expect(approved.code).toBe(0);
    expect(approved.out).toMatch(/^goedgekeurd: r-1/);
  });

  it("report-result: an unknown cell in the file names the closest; a good report shows shares in Dutch", async () => {
    const typo = write(
      "report-typo.json",
      JSON.stringify({
        period: "2007-H1",
        realised: [
          {
            position: { resultArea: "6", workType: "OBW", district: "Stadt" },
            quantity: { kind: "hours", amount: "1" },
          },
        ],
        reach: [],
      }),
    );
    const bad = await run(reportResultCli, [typo, ...on("--actor", PROVIDER)]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      `grant-ledger: ${typo}: realised[0].position 6/OBW/Stadt: overeenkomst ${ID} heeft die cel niet; dichtstbij: 6/OBW/Stad, 2/OBW/Stad, 6/JW/Stad`,
    );
    const r = await run(reportResultCli, [fixture("report-h1.json"), ...on("--actor", PROVIDER)]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(`gerapporteerd: 2007-H1 voor ${ID}; gerealiseerd 1.694 uur (35,6% van het contract)`);
  });

  it("amend needs a reason; close reads the amount in the one grammar and prints euros in Dutch", async () => {
    const noReason = write(
      "amend-no-reason.json",
      JSON.stringify({
        amendmentId: "w-0",
        changes: [],
        agreedBy: { municipality: { person: "a", role: "b" }, provider: { person: "c", role: "d" } },
      }),
    );
    expect((await run(amendCli, [noReason, ...on("--actor", MUNICIPALITY)])).err).toContain(
      "geef de reden van de wijziging",
    );
    const amended = await run(amendCli, [fixture("amendment-1.json"), ...on("--actor", MUNICIPALITY)]);
    expect(amended).toMatchObject({
      code: 0,
      out: `gewijzigd: ${ID} (wijziging-2007-1): 2 celwijzigingen; de basis is nu 4.752 uur + 82 groepen`,
    });
    const cents = await run(
      closeCli,
      on("--actor", MUNICIPALITY, "--reason", "einde", "--final-amount", "368517,6051"),
    );
    expect(cents).toMatchObject({
      code: 2,
      err: 'grant-ledger: --final-amount "368517,6051": een bedrag heeft hoogstens twee decimalen (hele centen)',
    });
    const closed = await run(
      closeCli,
      on(
        "--actor",
        MUNICIPALITY,
        "--reason",
        "einde looptijd",
        "--closed-on",
        "2008-03-31",
        "--final-amount",
        "368517,60",
        "--final-note",
        "vastgesteld",
      ),
    );
    expect(closed).toMatchObject({
      code: 0,
      out: `afgesloten: ${ID} op 2008-03-31\nvaststelling: € 368.517,60`,
    });
  });
});
