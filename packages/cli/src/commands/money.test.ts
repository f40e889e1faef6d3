import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../io/commandIo";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { defineBudget } from "./budget";
import { budgetReallocationCommands } from "./budgetReallocate";
import { importCli } from "./import";
import { moneyCommands } from "./money";
import { reconcileCli } from "./reconcile";
import { signCli } from "./sign";

const ROOT = resolve(import.meta.dirname, "../../../..");

const captured = () => {
  const out: string[] = [];
  const io: CommandIo = { out: (t) => out.push(t), err: (t) => out.push(t) };
  return { io, text: () => out.join("\n"), json: () => JSON.parse(out[out.length - 1] ?? "null") };
};

const COMMANDS: Readonly<Record<string, Define>> = {
  ...moneyCommands,
  ...budgetReallocationCommands,
  budget: defineBudget,
};
const run = (name: string, argv: string[]) => {
  const c = captured();
  const define = COMMANDS[name];
  if (define === undefined) throw new Error(name);
  return runDefined(name, define, argv, c.io, openStore).then((code) => ({ code, ...c }));
};

const provider = "emmermeer-partners:provider:A. Bakker";
const municipality = "gm0114:municipality:J. de Vries";

describe("money from the CLI: the 2009 plan imported, controlled and reported in euros", () => {
  it("imports the plan with (synthetic) contributions and grant, moves money under the policy, and reports V/N", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-money-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const manifest = join(ROOT, "tests/fixtures/buurt-vitaal-2009/financing.synthetic.manifest.json");
    const agreement = "buurt-vitaal-emmermeer-2009-financing";
    const on = ["--store", store, "--agreement", agreement];
    const quiet = captured();
    expect(await importCli([manifest, "--store", store, "--create"], quiet.io)).toBe(0);
    for (const [party, actor] of [
      ["provider", provider],
      ["municipality", "gm0114:municipality:M. Thalens"],
    ] as const)
      expect(
        await signCli(
          [...on, "--actor", actor, "--party", party, "--role", "x", "--date", "2010-06-01"],
          quiet.io,
        ),
      ).toBe(0);
    // A plan about money only: what signing froze is its budget.
    expect(quiet.text()).toContain("beide partijen hebben getekend: de basis is € 2.286.290");

    // 10% of € 2.286.290 is € 228.629: € 5.000 passes at once, € 300.000 waits for the municipality.
    const dry = await run("reallocate-budget", [
      ...on,
      "--actor",
      provider,
      "--from",
      "empowerment-van-bewoners/L1",
      "--to",
      "empowerment-van-bewoners/L5",
      "--amount",
      "5000",
      "--dry-run",
      "--json",
    ]);
    expect(dry.code).toBe(0);
    expect(dry.json()).toMatchObject({
      outcome: "allowed",
      costing: [
        {
          code: "euros",
          from: "empowerment-van-bewoners/L1",
          to: "empowerment-van-bewoners/L5",
          amount: "5000",
          linked: [],
        },
      ],
    });
    // For people: one language per output, euros as € 5.000, outcomes worded too.
    const dutchDry = (
      await run("reallocate-budget", [
        ...on,
        "--actor",
        provider,
        "--from",
        "empowerment-van-bewoners/L1",
        "--to",
        "empowerment-van-bewoners/L5",
        "--amount",
        "5000,50",
        "--dry-run",
      ])
    ).text();
    expect(dutchDry).toContain("proefberekening: toegestaan");
    expect(dutchDry).toContain(
      "  € 5.000,50 van empowerment-van-bewoners/L1 naar empowerment-van-bewoners/L5",
    );
    expect(dutchDry).toMatch(
      /voldoet +cumulatieve drempel +cumulatief verschoven € 5\.000,50 = 0,2% van € 2\.286\.290/,
    );
    expect(dutchDry).not.toMatch(/\bpass\b|\beuros\b| from | to /);
    const englishDry = (
      await run("reallocate-budget", [
        ...on,
        "--actor",
        provider,
        "--from",
        "empowerment-van-bewoners/L1",
        "--to",
        "empowerment-van-bewoners/L5",
        "--amount",
        "5000",
        "--dry-run",
        "--lang",
        "en",
      ])
    ).text();
    expect(englishDry).toContain("  €5,000 from empowerment-van-bewoners/L1 to empowerment-van-bewoners/L5");
    expect(englishDry).toMatch(/pass +conservation +1 shift moves €5,000/);
    // Amounts are typed in the language's notation: `5.000` is never read as € 5 in Dutch.
    const typed = (amount: string, ...rest: string[]) =>
      run("reallocate-budget", [
        ...on,
        "--actor",
        provider,
        "--from",
        "empowerment-van-bewoners/L1",
        "--to",
        "empowerment-van-bewoners/L5",
        "--amount",
        amount,
        "--dry-run",
        ...rest,
      ]);
    const ambiguous = await typed("5.000");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.text()).toContain(
      '--amount "5.000": een punt scheidt in Nederlandse notatie duizendtallen',
    );
    expect((await typed("5000,005")).code).toBe(2);
    expect((await typed("5000.50", "--lang", "en")).code).toBe(0);
    const unknownLine = await run("reallocate-budget", [
      ...on,
      "--actor",
      provider,
      "--from",
      "empowerment-van-bewoners/L9",
      "--to",
      "empowerment-van-bewoners/L5",
      "--amount",
      "10",
      "--dry-run",
    ]);
    expect(unknownLine.code).toBe(2);
    expect(unknownLine.text()).toContain("de begroting heeft geen regel empowerment-van-bewoners/L9");
    const big = await run("reallocate-budget", [
      ...on,
      "--actor",
      provider,
      "--from",
      "wegnemen-van-belemmeringen-op-het-gebied-van-financien/L2",
      "--to",
      "wegnemen-van-belemmeringen-op-het-gebied-van-financien/L1",
      "--amount",
      "300000",
      "--request",
      "m1",
      "--reason",
      "minder woningen",
      "--json",
    ]);
    expect(big.code).toBe(3);
    expect(big.json().verdicts.find((v: { rule: string }) => v.rule === "cumulative-threshold").outcome).toBe(
      "needs-approval",
    );
    const self = await run("approve-budget", [
      ...on,
      "--actor",
      "gm0114:municipality:M. Thalens",
      "--request",
      "m1",
      "--reason",
      "ok",
    ]);
    expect(self.code).toBe(0);

    const costs = join(dir, "costs.json");
    await writeFile(
      costs,
      JSON.stringify({ period: "2010", lines: [{ line: "empowerment-van-bewoners/L2", amount: "15000" }] }),
    );
    expect((await run("report-costs", [costs, ...on, "--actor", provider])).code).toBe(0);

    const shown = await run("budget", ["--store", store, "--agreement", agreement, "--json"]);
    expect(shown.code).toBe(0);
    const view = shown.json();
    expect(view.total).toEqual({ planned: "2286290", realised: "15000", variance: "2271290", mark: "V" });
    expect(view.lines.find((l: { line: string }) => l.line === "empowerment-van-bewoners/L2")).toMatchObject({
      variance: "-1250",
      mark: "N",
    });
    expect(view.funding).toMatchObject({
      costs: "2286290",
      contributions: "1211680",
      grant: "1000000",
      deficit: "74610",
    });
    expect(view.groups.map((g: { planned: string }) => g.planned)).toEqual([
      "80360",
      "255250",
      "1731680",
      "219000",
    ]);
    // For people: Dutch words and euros by default, English with --lang en.
    const dutch = (await run("budget", ["--store", store, "--agreement", agreement])).text();
    expect(dutch).toContain("(begroot | gerealiseerd | verschil, V voordelig, N nadelig)");
    expect(dutch).toContain("totaal: € 2.286.290 | € 15.000 | € 2.271.290 V");
    expect(dutch).toContain("kosten € 2.286.290, bijdragen € 1.211.680, te dekken € 1.074.610");
    expect(dutch).toMatch(/subsidie € 1\.000\.000 \(.+\), tekort € 74\.610/);
    const english = (
      await run("budget", ["--store", store, "--agreement", agreement, "--lang", "en"])
    ).text();
    expect(english).toContain("total: €2,286,290 | €15,000 | €2,271,290 V");
    expect(english).toMatch(/grant €1,000,000 \(.+\), deficit €74,610/);
  });

  it("reconcile words the money it read in the language: exact euros, hours, the financing", async () => {
    const plan = join(ROOT, "tests/fixtures/buurt-vitaal-2009/financing.synthetic.manifest.json");
    const dutch = captured();
    expect(await reconcileCli([plan], dutch.io)).toBe(0);
    expect(dutch.text()).toContain("geld (exacte euro's, berekend uit de regels):");
    expect(dutch.text()).toContain("  Wegnemen van belemmeringen op het gebied van financien: € 1.731.680");
    expect(dutch.text()).toContain(
      "  kosten € 2.286.290, bijdragen € 1.211.680, te dekken (kosten − bijdragen) € 1.074.610, subsidie € 1.000.000, tekort € 74.610",
    );
    const english = captured();
    expect(await reconcileCli([plan, "--lang", "en"], english.io)).toBe(0);
    expect(english.text()).toContain(
      "costs €2,286,290, contributions €1,211,680, costs − contributions €1,074,610, grant €1,000,000, deficit €74,610",
    );
    const application = captured();
    expect(await reconcileCli([join(ROOT, "tests/fixtures/sedna-2022/manifest.json")], application.io)).toBe(
      0,
    );
    // 3,27 fte × 1525 h × € 77,55 and the rest: exact, not rounded, in the reconcile summary.
    expect(application.text()).toContain("begroting Doorbreken van armoede: 11.224 uur, € 854.788,425 exact");
  });

  it("refuses a grant decision by the provider, and a grant file that does not decode, naming the path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gl-cli-money-"));
    const store = `sqlite:${join(dir, "ledger.db")}`;
    const quiet = captured();
    expect(
      await importCli(
        [join(ROOT, "tests/fixtures/sedna-2022/manifest.json"), "--store", store, "--create"],
        quiet.io,
      ),
    ).toBe(0);
    const on = ["--store", store, "--agreement", "sedna-2022-aanvraag"];
    const grant = join(dir, "grant.json");
    await writeFile(
      grant,
      JSON.stringify({
        reference: "B1",
        amountGranted: "900000",
        period: { start: "2022-01-01", end: "2022-12-31" },
        legalBasis: "ASV",
        decidedOn: "2022-01-20",
      }),
    );
    const byProvider = await run("decide-grant", [grant, ...on, "--actor", "sedna:provider:A. Bakker"]);
    expect(byProvider.code).toBe(4);
    expect(byProvider.text()).toContain("alleen de gemeente");
    await writeFile(
      grant,
      JSON.stringify({
        reference: "B1",
        amountGranted: 900000.5,
        period: { start: "2022-01-01", end: "2022-12-31" },
        legalBasis: "ASV",
        decidedOn: "2022-01-20",
      }),
    );
    const bad = await run("decide-grant", [grant, ...on, "--actor", municipality]);
    expect(bad.code).toBe(2);
    expect(bad.text()).toContain("amountGranted");
  });
});
