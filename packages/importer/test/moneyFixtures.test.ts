import { resolve } from "node:path";
import { fundingSummary, toDecimalString } from "@grant-ledger/core";
import { agreementDecider, decodeEvent, fold } from "@grant-ledger/core";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { contradictions, importAgreement, reconcile } from "../src";
import { fixtureCopy } from "./support/fixtureCopy";

const FIXTURES = resolve(import.meta.dirname, "../../../tests/fixtures");
const clock = () => new Date("2026-11-22T07:00:00.000Z");

const reconciled = async (manifest: string) => {
  const r = await reconcile(resolve(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe("every shared budget fixture imports", () => {
  it.each([
    "sedna-2022/manifest.json",
    "buurt-vitaal-2009/manifest.json",
    "buurt-vitaal-2009/financing.synthetic.manifest.json",
    "emmen-sedna.manifest.json",
  ])("%s reconciles without discrepancies and imports its budget", async (manifest) => {
    const r = await reconciled(manifest);
    expect(contradictions(r.discrepancies)).toEqual([]);
    const store = createInMemoryEventStore();
    const imported = await importAgreement(resolve(FIXTURES, manifest), store, { clock });
    if (E.isLeft(imported)) throw new Error(JSON.stringify(imported.left));
    expect(imported.right.events.map((e) => e.type)).toContain("BudgetRecorded");
  });

  it("2022: 3,27 fte × 1525 = 4986,75 h × € 77,55 = € 386.722,4625, printed 386.722; Subtotaal 854.788", async () => {
    const r = await reconciled("sedna-2022/manifest.json");
    const [group] = r.money.groups;
    const bmw = group?.lines[0];
    expect(bmw?.costing).toEqual(expect.objectContaining({ kind: "fte" }));
    expect(r.totals.budget.groups).toEqual({ "Doorbreken van armoede": "854788.425" });
    expect(r.totals.budgets["Doorbreken van armoede"]).toEqual({
      hours: "11224",
      amount: "854788.425",
      euros: "854788",
      complete: true,
    });
    const store = createInMemoryEventStore();
    const imported = await importAgreement(resolve(FIXTURES, "sedna-2022/manifest.json"), store, { clock });
    if (E.isLeft(imported)) throw new Error("not imported");
    const events = imported.right.events.map((e) => {
      const d = decodeEvent(e);
      if (E.isLeft(d)) throw new Error("undecodable");
      return d.right;
    });
    const state = fold(agreementDecider.evolve, agreementDecider.initialState, events);
    const line = [...state.funding.budgetCurrent.values()][0];
    expect(line && toDecimalString(line.quantity.amount)).toBe("386722.4625");
  });

  it("2009: sections 80.360 / 255.250 / 1.731.680 / 219.000, total 2.286.290; two cost notes, no discrepancy", async () => {
    const r = await reconciled("buurt-vitaal-2009/manifest.json");
    expect(Object.values(r.totals.budget.groups)).toEqual(["80360", "255250", "1731680", "219000"]);
    expect(r.totals.budget).toEqual(
      expect.objectContaining({ costs: "2286290", contributions: "0", grant: "0", deficit: "2286290" }),
    );
    // The KOEK planning's dating notes are the planning's (test/planningFixture.test.ts).
    expect(r.discrepancies.filter((d) => d.file === "kosten.tsv").map((d) => [d.line, d.severity])).toEqual([
      [8, "note"],
      [16, "note"],
    ]);
    expect(r.discrepancies.filter((d) => d.severity === "discrepancy")).toEqual([]);
  });

  it("2009 with (synthetic) contributions and grant: the deficit is computed and the printed totals agree", async () => {
    const r = await reconciled("buurt-vitaal-2009/financing.synthetic.manifest.json");
    expect(r.totals.budget).toEqual(
      expect.objectContaining({
        costs: "2286290",
        contributions: "1211680",
        grant: "1000000",
        shortfall: "1074610",
        deficit: "74610",
      }),
    );
    const store = createInMemoryEventStore();
    const imported = await importAgreement(
      resolve(FIXTURES, "buurt-vitaal-2009/financing.synthetic.manifest.json"),
      store,
      { clock },
    );
    if (E.isLeft(imported)) throw new Error(JSON.stringify(imported.left));
    const events = imported.right.events.flatMap((e) => {
      const d = decodeEvent(e);
      return E.isRight(d) ? [d.right] : [];
    });
    const { financing } = fundingSummary(
      fold(agreementDecider.evolve, agreementDecider.initialState, events).funding,
    );
    expect(toDecimalString(financing.deficit)).toBe("74610");
  });
});

describe("money findings on broken copies", () => {
  it("a printed total that does not agree is a discrepancy; an unknown label a note; notes alone pass", async () => {
    const copy = await fixtureCopy();
    await copy.write("totalen.tsv", ["Totale kosten\t€ 1", "Onvoorzien\t€ 5"].join("\n"));
    await copy.writeManifest({ ...copy.manifest, printedTotals: [{ table: "totalen.tsv" }] });
    const r = await reconcile(copy.manifestPath);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.discrepancies.map((d) => [d.kind, d.line, d.severity, d.expected])).toEqual([
      ["printed-total", 1, "discrepancy", "854.788"],
      ["printed-total", 2, "note", "a known total such as Totale kosten or Tekort"],
    ]);
  });

  it("a contribution in kind must be hours × rate; a blank party continues the one above", async () => {
    const copy = await fixtureCopy();
    await copy.write(
      "bijdragen.tsv",
      [
        "Partij\tRol\tBijdrage\tUren\tTarief\tBedrag",
        "GGD\tpartner\tmonitoring\t100\t€ 90\t€ 9.100",
        "\t\tvoorlichting\t\t\t€ 1.000",
        "Fonds\tsponsor\tgift\t\t\t€ 500",
      ].join("\n"),
    );
    await copy.writeManifest({ ...copy.manifest, contributions: [{ table: "bijdragen.tsv" }] });
    const r = await reconcile(copy.manifestPath);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.discrepancies.map((d) => [d.kind, d.line, d.severity, d.found])).toEqual([
      ["contribution", 2, "discrepancy", "€ 9.100"],
      ["contribution", 4, "note", "sponsor"],
    ]);
    expect(r.right.money.contributions.contributions.map((c) => c.partyId)).toEqual(["ggd", "ggd", "fonds"]);
    expect(r.right.totals.budget.contributions).toBe("10500");
  });

  it("a missing Subtotaal row is a note, and reconcile passes", async () => {
    const copy = await fixtureCopy();
    await copy.edit("begroting-doorbreken-van-armoede.tsv", (t) => t.replace(/Subtotaal.*\n?/, ""));
    const r = await reconcile(copy.manifestPath);
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
    expect(r.right.discrepancies).toEqual([
      expect.objectContaining({ kind: "missing-total-row", severity: "note" }),
    ]);
    expect(contradictions(r.right.discrepancies)).toEqual([]);
  });
});
