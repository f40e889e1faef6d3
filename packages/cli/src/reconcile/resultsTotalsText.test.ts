import { join, resolve } from "node:path";
import { reconcile } from "@grant-ledger/importer";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { type Lang, messagesFor } from "../messages/catalogue";
import { reconciliationText } from "./reconcileText";

const FIXTURES = resolve(import.meta.dirname, "../../../../tests/fixtures");
const text = async (manifest: string, lang: Lang = "en") => {
  const r = await reconcile(join(FIXTURES, manifest));
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left));
  return reconciliationText(r.right, messagesFor(lang));
};

describe("plain reconcile prints the results sections' totals", () => {
  it("rows per district and result area (emmen-2007 result lists)", async () => {
    expect(await text("emmen-2007/results.manifest.json")).toContain("  Blokken: 2: ");
    expect(await text("emmen-2007/results.manifest.json")).toMatch(/ {2}Velden: .*\(51 in all\)/);
    expect(await text("emmen-2007/results.manifest.json", "nl")).toMatch(/ {2}Velden: .*\(51 in totaal\)/);
  });

  it("direct hours per effect and contractor, exact (haren-2013)", async () => {
    const t = await text("haren-2013/manifest.json");
    expect(t).toContain("direct hours per effect and contractor:");
    expect(t).toContain("  1.2: Torion 557 hours");
    expect(await text("haren-2013/manifest.json", "nl")).toContain("  1.2: Torion 557 uur");
  });

  it("goal tables per work field (rheden-2020) and planned reach per opgave (sedna-2022)", async () => {
    expect(await text("rheden-2020/manifest.json")).toContain(
      "  Maatschappelijk werk: 2 effects, 4 subGoals",
    );
    expect(await text("sedna-2022/services.manifest.json")).toContain(
      "summary samenvatting-bereik-kosten.tsv: reach 15,165 (printed 15,165), of which 5,400 for all opgaves; costs €4,861,226.00",
    );
    expect(await text("sedna-2022/services.manifest.json", "nl")).toContain(
      "samenvatting samenvatting-bereik-kosten.tsv: bereik 15.165 (gedrukt 15.165), waarvan 5.400 voor alle opgaven; kosten € 4.861.226,00",
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
    expect(await text("rheden-2020/manifest.json", "nl")).toContain(
      "beleidskader kaders.tsv: 5 Rhedens model",
    );
  });
});

describe("the reconcile report in the catalogue's language", () => {
  it("is Dutch with Dutch numbers: the contract per result area, the budget in euros", async () => {
    const nl = await text("emmen-2007/manifest.json", "nl");
    expect(nl).toMatch(/^manifest.json: alles sluit \(9 bestanden\)/);
    expect(nl).toContain("contract per resultaatgebied (cellen zoals gedrukt):");
    expect(nl).toMatch(/ {2}2: 8\.365 uur, 82 groepen/);
    expect(nl).not.toMatch(/\bhours\b|everything reconciles|\bread\b/);
    const sedna = await text("sedna-2022/manifest.json", "nl");
    expect(sedna).toContain("begroting Doorbreken van armoede: 11.224 uur, € 854.788,425 exact");
  });

  it("is English with English numbers under --lang en", async () => {
    const en = await text("emmen-2007/manifest.json", "en");
    expect(en).toMatch(/: everything reconciles \(9 files\)/);
    expect(en).toMatch(/ {2}2: 8,365 hours, 82 groups/);
  });

  it("words each finding's kind and place, and its detail from its code and values, in Dutch", async () => {
    const nl = await text("haren-2013/manifest.json", "nl");
    expect(nl).toMatch(/: 2 afwijkingen, \d+ opmerkingen/);
    expect(nl).toContain(
      "3-leefbaarheid-en-veiligheid-opdrachtnemers.tsv:6  rol uitvoerder: effect 3.3: de partnerlijst noemt `Torion (T)`, het blok heeft geen letter",
    );
    expect(nl).toMatch(/ {2}opmerking streefwaarde indicator: indicator 1\.1-i1 noemt geen streefwaarde /);
    expect(nl).not.toContain("melding van de importer");
    const en = await text("haren-2013/manifest.json", "en");
    expect(en).toMatch(/\.tsv:\d+ {2}contractor role: .* \(expected .*, found .*\)/);
  });
});
