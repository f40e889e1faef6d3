import { join, resolve } from "node:path";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Reconciliation, reconcile } from "../src";

const FIXTURES = resolve(import.meta.dirname, "../../../tests/fixtures");

const read = async (manifest: string): Promise<Reconciliation> => {
  const r = await reconcile(join(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return r.right;
};

describe("reach per category, through the manifest's services section", () => {
  it("sedna-2022 prints no split: reach per opgave as the README checks it, no categories, no discrepancy", async () => {
    const r = await read("sedna-2022/services.manifest.json");
    expect(r.discrepancies.filter((d) => d.severity === "discrepancy")).toEqual([]);
    for (const reach of Object.values(r.totals.results.reach)) expect(reach.categories).toBeUndefined();
    expect(r.results.framework?.services.some((s) => s.categories !== undefined)).toBe(false);
  });

  it("the synthetic split of huiselijk geweld: 160 residents + 50 volunteers + 200 chain partners = 410, per service and in total", async () => {
    const r = await read("sedna-2022/categories.synthetic.manifest.json");
    expect(r.discrepancies.filter((d) => d.severity === "discrepancy")).toEqual([]);
    expect(r.totals.results.reach["Huiselijk geweld"]).toEqual({
      planned: "410",
      printed: "410",
      services: 5,
      categories: { residents: "160", volunteers: "50", chainPartners: "200" },
      printedCategories: { residents: "160", volunteers: "50", chainPartners: "200" },
    });
    // The opgave whose table has no category columns keeps its reach as it was.
    expect(r.totals.results.reach["Doorbreken van armoede"]).toEqual({
      planned: "1055",
      printed: "1055",
      services: 8,
    });
    const training = r.results.framework?.services.find((s) => s.service === "Training vroegsignalering");
    expect(training).toMatchObject({
      planned: 300,
      counting: "unique",
      categories: [
        { category: "residents", count: 60 },
        { category: "volunteers", count: 40 },
        { category: "chainPartners", count: 200 },
      ],
    });
    // The ervaringsdeskundige's `-` stays to be determined, with no split.
    const expert = r.results.framework?.services.find((s) => s.deliveredBy === "Ervaringsdeskundige");
    expect(expert?.planned).toEqual({ state: "toBeDetermined", printed: "-" });
    expect(expert?.categories).toBeUndefined();
  });
});
