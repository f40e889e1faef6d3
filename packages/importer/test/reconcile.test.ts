import { readFile } from "node:fs/promises";
import * as E from "fp-ts/Either";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type Discrepancy, type Reconciliation, reconcile } from "../src";
import { BUDGET, EMMEN, SHARED_MANIFEST, fixtureCopy, replaceLine } from "./support/fixtureCopy";

const reconciled = async (manifestPath: string): Promise<Reconciliation> => {
  const r = await reconcile(manifestPath);
  if (E.isLeft(r)) throw new Error(`unreadable: ${JSON.stringify(r.left)}`);
  return r.right;
};

const only = (r: Reconciliation, kind: Discrepancy["kind"]) => r.discrepancies.filter((d) => d.kind === kind);

describe("reconcile: the shared fixtures", () => {
  it("reconciles with no discrepancies", async () => {
    const r = await reconciled(SHARED_MANIFEST);
    expect(r.discrepancies).toEqual([]);
    expect(r.files).toHaveLength(10);
    expect(r.files.every((f) => f.encoding === "utf-8" && f.delimiter === "tab")).toBe(true);
  });

  it("gives the totals DOMAIN.md states", async () => {
    const { totals } = await reconciled(SHARED_MANIFEST);
    expect(totals.contract["2"]).toEqual({ hours: "8365", groups: "82" });
    expect(totals.offer["2"]).toEqual({ hours: "6215" });
    expect(totals.contract["6"]).toEqual({ hours: "8833" });
    expect(totals.offer["6"]).toEqual({ hours: "7836" });
    expect(totals.districts).toEqual({
      Velden: { hours: "5432" },
      Blokken: { hours: "6360" },
      Monden: { hours: "5275" },
    });
    expect(totals.budgets["Doorbreken van armoede"]).toEqual({
      hours: "11224",
      amount: "854788.425",
      euros: "854788",
      complete: true,
    });
  });

  it("keeps the offer per row and the contract per cell, psz as a row of groups", async () => {
    const r = await reconciled(SHARED_MANIFEST);
    const keys = (es: typeof r.contract) =>
      es.map((e) => `${e.position.resultArea}/${e.position.workType}/${e.position.district ?? "*"}`);
    expect(keys(r.offer).every((k) => k.endsWith("/*"))).toBe(true);
    expect(keys(r.offer)).not.toContain("2/SMW/*");
    expect(keys(r.contract)).toContain("2/SCW1/Blokken");
    const psz = r.contract.find((e) => e.position.workType === "PSZ");
    expect(psz?.position.district).toBeUndefined();
    expect(psz?.quantity.kind).toBe("groups");
  });

  it("reads the shared fixture's own manifest (no budgets)", async () => {
    const r = await reconciled(`${EMMEN}/manifest.json`);
    expect(r.discrepancies).toEqual([]);
    expect(r.totals.budgets).toEqual({});
  });
});

describe("reconcile: encodings and name variants", () => {
  it("reads a Windows-1252 budget (€ is byte 0x80) and a UTF-8 annex with BOM, and says so", async () => {
    const copy = await fixtureCopy();
    const budget = await readFile(copy.path(BUDGET), "utf8");
    // Tariffs printed as `€ 77,55`: read wrongly, the € would make every tariff unreadable.
    const withEuros = budget.replace(/\t(77,55|62,25)\t/g, "\t€ $1\t");
    expect(withEuros).toContain("\t€ 62,25\t");
    await copy.write(BUDGET, iconv.encode(withEuros, "win1252"));
    const annex = await readFile(copy.path("annex-de-velden.tsv"));
    await copy.write("annex-de-velden.tsv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), annex]));
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([]);
    expect(r.files.find((f) => f.file === BUDGET)?.encoding).toBe("windows-1252");
    expect(r.files.find((f) => f.file === "annex-de-velden.tsv")?.encoding).toBe("utf-8-bom");
    expect(r.totals.budgets["Doorbreken van armoede"]?.euros).toBe("854788");
  });

  it("`SCW 1` in an annex is the table's SCW1", async () => {
    const copy = await fixtureCopy();
    await copy.edit("annex-de-blokken.tsv", (t) => t.replace("\tSCW1\t530", "\tSCW 1\t530"));
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([]);
  });
});

describe("reconcile: deliberately broken copies", () => {
  it("a changed cell shows in the row total, the column total and the annex", async () => {
    const copy = await fixtureCopy();
    await copy.edit(
      "arrangement-2-jeugd.tsv",
      replaceLine("SCW\t", "SCW\t350\t111\t710\t231\t520\t1912\t1679"),
    );
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies.map((d) => d.kind).sort()).toEqual([
      "annex-mismatch",
      "column-total",
      "row-total",
    ]);
    expect(only(r, "row-total")[0]).toMatchObject({
      file: "arrangement-2-jeugd.tsv",
      line: 3,
      resultArea: "2",
      workType: "SCW",
      expected: "1922 hours",
      found: "1912 hours",
    });
    expect(only(r, "column-total")[0]).toMatchObject({
      file: "arrangement-2-jeugd.tsv",
      line: 9,
      district: "Velden",
      expected: "1510 hours",
      found: "1500 hours",
    });
    expect(only(r, "annex-mismatch")[0]).toMatchObject({
      file: "annex-de-velden.tsv",
      line: 3,
      resultArea: "2",
      workType: "SCW",
      district: "Velden",
      expected: "710 hours",
      found: "700 hours",
      related: { file: "arrangement-2-jeugd.tsv", line: 3 },
    });
  });

  it("a misaligned annex row is reported as such, and its cell as missing from the annex", async () => {
    const copy = await fixtureCopy();
    await copy.edit("annex-de-velden.tsv", replaceLine("\tSCW\t700", "\tSCW\t\t700"));
    const r = await reconciled(copy.manifestPath);
    expect(only(r, "misaligned-row")).toEqual([
      expect.objectContaining({
        file: "annex-de-velden.tsv",
        line: 3,
        district: "Velden",
        found: '4 columns: "", "SCW", "", "700"',
      }),
    ]);
    expect(only(r, "annex-missing-row")).toEqual([
      expect.objectContaining({
        resultArea: "2",
        workType: "SCW",
        district: "Velden",
        expected: "700 hours",
      }),
    ]);
    // The total depends on the row that could not be read: it is not checked, not reported twice.
    expect(only(r, "annex-total")).toEqual([]);
  });

  it("a row shifted one column to the left in an annex is misaligned", async () => {
    const copy = await fixtureCopy();
    await copy.edit("annex-de-monden.tsv", replaceLine("\tSCW\t111", "SCW\t111"));
    const r = await reconciled(copy.manifestPath);
    expect(only(r, "misaligned-row")[0]).toMatchObject({
      file: "annex-de-monden.tsv",
      line: 3,
      found: "111",
    });
  });

  it("garbage text in a number is not-a-number with file, line and cell", async () => {
    const copy = await fixtureCopy();
    await copy.edit(
      "arrangement-6-activering-en-participatie.tsv",
      replaceLine("JW\t", "JW\t\t330\t66O\t2025\t150\t3165\t2861"),
    );
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({
        kind: "not-a-number",
        file: "arrangement-6-activering-en-participatie.tsv",
        line: 6,
        resultArea: "6",
        workType: "JW",
        district: "Velden",
        found: "66O",
      }),
    ]);
  });

  it("garbage in a budget line", async () => {
    const copy = await fixtureCopy();
    await copy.edit(BUDGET, (t) => t.replace("3,27", "3,2 7"));
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({ kind: "not-a-number", file: BUDGET, line: 2, found: "3,2 7" }),
    ]);
  });

  it("a missing Offerte column", async () => {
    const copy = await fixtureCopy();
    await copy.edit("arrangement-3-informatie-en-advies.tsv", (t) =>
      t
        .split("\n")
        .map((l) => l.split("\t").slice(0, -1).join("\t"))
        .join("\n"),
    );
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({
        kind: "missing-column",
        file: "arrangement-3-informatie-en-advies.tsv",
        line: 1,
        expected: "a Offerte column",
      }),
    ]);
    expect(r.totals.offer["3"]).toBeUndefined();
    expect(r.totals.contract["3"]).toEqual({ hours: "4304" });
  });

  it("a missing district column", async () => {
    const copy = await fixtureCopy();
    // Drop the Velden column (the fourth) from result area 5, values and all.
    await copy.edit("arrangement-5-vrijwilligers.tsv", (t) =>
      t
        .split("\n")
        .map((l) =>
          l
            .split("\t")
            .filter((_, i) => i !== 3)
            .join("\t"),
        )
        .join("\n"),
    );
    const r = await reconciled(copy.manifestPath);
    const missing = only(r, "missing-column");
    expect(missing).toEqual([
      expect.objectContaining({
        file: "arrangement-5-vrijwilligers.tsv",
        line: 1,
        resultArea: "5",
        district: "Velden",
      }),
    ]);
    // Row and column totals now disagree with what is left; the annex for Velden is not compared with area 5.
    expect(only(r, "row-total").length).toBeGreaterThan(0);
    expect(r.discrepancies.filter((d) => d.file === "annex-de-velden.tsv")).toEqual([]);
  });

  it("an annex total that does not add up", async () => {
    const copy = await fixtureCopy();
    await copy.edit("annex-de-blokken.tsv", (t) => t.replace("\t\t6360", "\t\t6300"));
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({
        kind: "annex-total",
        file: "annex-de-blokken.tsv",
        line: 15,
        expected: "6360 hours",
        found: "6300 hours",
      }),
    ]);
  });

  it("an empty file", async () => {
    const copy = await fixtureCopy();
    await copy.write("annex-de-monden.tsv", "");
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({ kind: "empty-file", file: "annex-de-monden.tsv", line: 1 }),
    ]);
    expect(r.totals.districts.Monden).toBeUndefined();
  });

  it("an empty result-area table loses its cells: every annex row of that area is a mismatch", async () => {
    const copy = await fixtureCopy();
    await copy.write("arrangement-7-samenleven-en-samenhang.tsv", "\n\n");
    const r = await reconciled(copy.manifestPath);
    expect(only(r, "empty-file")).toHaveLength(1);
    expect(r.totals.contract["7"]).toBeUndefined();
  });

  it("budget hours and amount that do not follow from fte and tariff", async () => {
    const copy = await fixtureCopy();
    await copy.edit(
      BUDGET,
      replaceLine("Schuldhulpverlening", "Schuldhulpverlening\t2,53\t3.859\t77,55\t299.208"),
    );
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({ kind: "budget-hours", line: 3, expected: "3.858", found: "3.859" }),
      expect.objectContaining({ kind: "budget-amount", line: 3, expected: "299.207", found: "299.208" }),
    ]);
  });

  it("a wrong budget subtotal", async () => {
    const copy = await fixtureCopy();
    await copy.edit(BUDGET, (t) => t.replace("854.788", "854.789"));
    const r = await reconciled(copy.manifestPath);
    expect(r.discrepancies).toEqual([
      expect.objectContaining({ kind: "budget-subtotal", line: 6, expected: "854.788", found: "854.789" }),
    ]);
  });

  it("an annex label that matches no result area", async () => {
    const copy = await fixtureCopy();
    await copy.edit("annex-de-velden.tsv", (t) => t.replace("5. Vrijwilligers", "9. Sport"));
    const r = await reconciled(copy.manifestPath);
    expect(only(r, "unknown-result-area")).toEqual([
      expect.objectContaining({ line: 10, found: "9. Sport" }),
    ]);
    // The rows under it are not compared, so the table cells of area 5 in Velden miss their annex rows.
    expect(only(r, "annex-missing-row").map((d) => d.workType)).toEqual(["OBW", "SCW", "JW"]);
  });

  it("a missing table file is unreadable input, not a discrepancy", async () => {
    const copy = await fixtureCopy();
    await copy.writeManifest({
      ...copy.manifest,
      districtAnnexes: [{ district: "Velden", table: "does-not-exist.tsv" }],
    });
    const r = await reconcile(copy.manifestPath);
    expect(r).toEqual(E.left([expect.objectContaining({ file: "does-not-exist.tsv" })]));
  });
});
