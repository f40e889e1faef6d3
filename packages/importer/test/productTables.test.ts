import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Reconciliation, importAgreement, reconcile } from "../src";
import { EMMEN, SIGNATURES } from "./support/fixtureCopy";

/**
 * A result-area table whose rows are products within one work type, with one municipality-wide
 * column: the shape of the 2007 agreement's first result area. The table is constructed to that
 * shape (its numbers are made up); result area 3 and its Bovenwijks column are the agreement's own.
 */
const PRODUCTS = [
  "Arrangement 1: Maatschappelijke dienstverlening (AMW)\t\t\t",
  "Product\tBovenwijks\tTotaal\tOfferte",
  "Intake en kortdurende hulp\t1.200\t1.200\t1.100",
  "Langdurige begeleiding\t800\t800\t750",
  "Groepswerk\t300\t300\t300",
  "\t2.300\t2.300\t2.150",
];
// The municipality-wide annex gives only the work type's total, as the district annexes do.
const ANNEX = [
  "Inzet per arrangement\tWerksoort\tEenheden",
  "1. Maatschappelijke dienstverlening\tAMW\t2.300",
  "3. Info & advies\tI & A\t960",
  "Totaal\t\t3.260",
];

const write = async (table: string[], manifest: { workType?: string } = {}, annex = ANNEX) => {
  const dir = await mkdtemp(join(tmpdir(), "gl-products-"));
  await writeFile(join(dir, "arrangement-1.tsv"), table.join("\n"));
  await writeFile(join(dir, "annex-bovenwijks.tsv"), annex.join("\n"));
  const path = join(dir, "manifest.json");
  await writeFile(
    path,
    JSON.stringify({
      agreement: {
        id: "products-example",
        municipality: { id: "gm0114", name: "Gemeente Emmen" },
        provider: { id: "sedna", name: "Stichting Welzijngroep Sedna" },
        period: { start: "2007-01-01", end: "2007-12-31" },
      },
      resultAreas: [
        { code: "1", name: "Maatschappelijke dienstverlening", table: "arrangement-1.tsv", ...manifest },
        {
          code: "3",
          name: "Informatie en advies",
          table: join(EMMEN, "arrangement-3-informatie-en-advies.tsv"),
        },
      ],
      districtAnnexes: [{ district: "Bovenwijks", table: "annex-bovenwijks.tsv" }],
    }),
  );
  return path;
};

const documents = async (...args: Parameters<typeof write>) => {
  const r = await reconcile(await write(...args), { tablesUnder: "/" });
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

const kinds = (r: Reconciliation) => r.discrepancies.map((d) => [d.kind, d.severity, d.file, d.line]);

describe("a result-area table of products within one work type", () => {
  it("reads the rows as products of the work type its caption names, and says so in a note", async () => {
    const r = await documents(PRODUCTS);
    expect(kinds(r)).toEqual([["product-rows", "note", "arrangement-1.tsv", 1]]);
    expect(
      r.products.map((p) => [p.name, p.row.workType, p.contract.map((e) => e.position.district)]),
    ).toEqual([
      ["Intake en kortdurende hulp", "AMW", ["Bovenwijks"]],
      ["Langdurige begeleiding", "AMW", ["Bovenwijks"]],
      ["Groepswerk", "AMW", ["Bovenwijks"]],
    ]);
    expect(r.totals.contract["1"]).toEqual({ hours: "2300" });
    expect(r.totals.offer["1"]).toEqual({ hours: "2150" });
    expect(r.totals.products["1/AMW Groepswerk"]).toEqual({ hours: "300" });
  });

  it("reconciles with an annex that gives only the work type's total, with no false alarm", async () => {
    const r = await documents(PRODUCTS, { workType: "AMW" });
    expect(kinds(r)).toEqual([]);
    expect(r.contract.filter((e) => e.position.resultArea === "1")).toEqual([
      { position: { resultArea: "1", workType: "AMW", district: "Bovenwijks" }, quantity: expect.anything() },
    ]);
  });

  it("still finds a real disagreement at the level both documents share", async () => {
    const annex = ANNEX.map((l) => l.replace("AMW\t2.300", "AMW\t2.400").replace("3.260", "3.360"));
    const r = await documents(PRODUCTS, { workType: "AMW" }, annex);
    expect(kinds(r)).toEqual([["annex-mismatch", "discrepancy", "annex-bovenwijks.tsv", 2]]);
    expect(r.discrepancies[0]?.message).toContain("1/AMW/Bovenwijks");
  });

  it("checks each product's Totaal and the column totals like any row", async () => {
    const r = await documents(
      PRODUCTS.map((l) => l.replace("Groepswerk\t300\t300", "Groepswerk\t300\t310")),
      { workType: "AMW" },
    );
    expect(kinds(r)).toEqual([
      ["row-total", "discrepancy", "arrangement-1.tsv", 5],
      ["grand-total", "discrepancy", "arrangement-1.tsv", 6],
    ]);
    expect(r.discrepancies[0]?.message).toContain("1/AMW (Groepswerk)");
  });

  it("does not guess a work type the table does not name: the rows stay work types, with a note", async () => {
    const r = await documents([PRODUCTS[1]!, ...PRODUCTS.slice(2)]);
    expect(kinds(r)).toContainEqual(["product-rows", "note", "arrangement-1.tsv", 1]);
    expect(r.products).toEqual([]);
  });

  it("imports the products with the contract, and the agreement signs", async () => {
    const store = createInMemoryEventStore();
    const result = await importAgreement(await write(PRODUCTS, { workType: "AMW" }), store, {
      clock: () => new Date("2026-12-02T07:00:00Z"),
      signatures: SIGNATURES,
      limits: { tablesUnder: "/" },
    });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    const events = result.right.events.map((e) => e.type);
    expect(events).toEqual([
      "AgreementProposed",
      "AgreementNegotiated",
      "ProductsDescribed",
      "PartySigned",
      "PartySigned",
      "AgreementSigned",
    ]);
    const described = result.right.events.find((e) => e.type === "ProductsDescribed");
    expect((described?.data as { products: { name: string }[] }).products.map((p) => p.name)).toEqual([
      "Intake en kortdurende hulp",
      "Langdurige begeleiding",
      "Groepswerk",
    ]);
  });
});
