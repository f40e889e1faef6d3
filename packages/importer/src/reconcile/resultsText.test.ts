import { join, resolve } from "node:path";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile";
import { reconciliationText } from "./report";

const FIXTURES = resolve(import.meta.dirname, "../../../../tests/fixtures");
const text = async (manifest: string) => {
  const r = await reconcile(join(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return reconciliationText(r.right);
};

describe("plain reconcile prints the results sections' totals", () => {
  it("rows per district and result area (emmen-2007 result lists)", async () => {
    expect(await text("emmen-2007/results.manifest.json")).toContain("  Blokken: 2: ");
    expect(await text("emmen-2007/results.manifest.json")).toMatch(/ {2}Velden: .*\(51 in all\)/);
  });

  it("direct hours per effect and contractor, exact (haren-2013)", async () => {
    const t = await text("haren-2013/manifest.json");
    expect(t).toContain("direct hours per effect and contractor:");
    expect(t).toContain("  1.2: Torion 557 hours");
  });

  it("goal tables per work field (rheden-2020) and planned reach per opgave (sedna-2022)", async () => {
    expect(await text("rheden-2020/manifest.json")).toContain(
      "  Maatschappelijk werk: 2 effects, 4 subGoals",
    );
    expect(await text("sedna-2022/services.manifest.json")).toContain(
      "summary samenvatting-bereik-kosten.tsv: reach 15165 (printed 15165), of which 5400 for all opgaves; costs € 4861226",
    );
    expect(await text("emmen-2007/results.manifest.json")).toContain(
      "  2: 1 frame, 1 approach, 1 mainGoals, 2 interventions, 1 intended",
    );
    expect(await text("sedna-2022/services.manifest.json")).toMatch(
      /Huiselijk geweld: 410 over \d+ services; printed 410/,
    );
  });

  it("impacts per opgave (sedna-2022) and the policy frame's parts (rheden-2020)", async () => {
    expect(await text("sedna-2022/services.manifest.json")).toContain(
      "impact samenvatting-impact.tsv: 1 Info & Advies (alle opgaves), 8 Het doorbreken van armoede",
    );
    expect(await text("rheden-2020/manifest.json")).toContain("policy frame kaders.tsv: 5 Rhedens model");
  });
});
