import { fileURLToPath } from "node:url";
import { createAgreements } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { importAgreement } from "@grant-ledger/importer";
import {
  type ComparedLine,
  compareOfferAndContract,
  memoryRowSource,
  offerVersusContractFold,
  viewEventOf,
} from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const MANIFEST = fixture("emmen-2007/manifest.json");
const SIGNATURES = fixture("emmen-2007/signatures.json");

/** The 2007 Emmen agreement imported through the importer and the agreements package, then folded by the view. */
const comparison = async (manifest = MANIFEST) => {
  const store = createInMemoryEventStore();
  const agreements = createAgreements({ store });
  const imported = await importAgreement(manifest, agreements, { signatures: SIGNATURES });
  if (E.isLeft(imported)) throw new Error(`import failed: ${JSON.stringify(imported.left._tag)}`);
  let rows = offerVersusContractFold.initialState;
  for await (const recorded of store.readAll()) {
    const event = viewEventOf(recorded);
    if (event !== undefined) rows = offerVersusContractFold.evolve(rows, event);
  }
  return compareOfferAndContract(memoryRowSource(rows), imported.right.agreementId);
};

const line = (lines: readonly ComparedLine[] | undefined, key: string, kind = "hours") =>
  lines?.find((l) => l.position?.key === key && l.kind === kind);

describe("offer versus contract on the 2007 Emmen agreement", () => {
  it("compares result area 2 per work type (the offer's level), row 2/OBW offer 860 against contract 990", async () => {
    const c = await comparison();
    expect(c?.against).toBe("contract");
    const area2 = c?.resultAreas.find((a) => a.resultArea === "2");
    expect(area2?.level).toBe("row");
    expect(area2?.lines.every((l) => l.level === "row")).toBe(true);
    expect(line(area2?.lines, "2/OBW/*")).toMatchObject({
      offer: "860",
      contract: "990",
      difference: "130",
      ratio: { contract: "990", offer: "860" },
      percent: "115.1",
      deviation: true,
    });
    // SMW has no offer value: its contract stands alone, flagged.
    expect(line(area2?.lines, "2/SMW/*")).toMatchObject({
      offer: null,
      contract: "1500",
      ratio: null,
      deviation: true,
    });
  });

  it("totals result area 2 per unit kind: offer 6215, contract 8365 hours, the 82 groups kept apart", async () => {
    const area2 = (await comparison())?.resultAreas.find((a) => a.resultArea === "2");
    expect(area2?.totals.find((t) => t.kind === "hours")).toMatchObject({
      offer: "6215",
      contract: "8365",
      difference: "2150",
    });
    const groups = line(area2?.lines, "2/PSZ/*", "groups");
    expect(groups).toMatchObject({ kind: "groups", contract: "82" });
    expect(line(area2?.lines, "2/PSZ/*", "hours")).toBeUndefined();
    expect(area2?.totals.find((t) => t.kind === "groups")?.contract).toBe("82");
  });

  it("states result area 6 and the whole agreement per unit kind", async () => {
    const c = await comparison();
    const area6 = c?.resultAreas.find((a) => a.resultArea === "6");
    expect(area6?.totals.find((t) => t.kind === "hours")).toMatchObject({ offer: "7836", contract: "8833" });
    expect(c?.totals.find((t) => t.kind === "hours")?.contract).toBe("36146");
  });

  it("prices the hours where the manifest gives a tariff, and names the hours without one", async () => {
    const plain = await comparison();
    expect(plain?.euros.tariffs).toEqual([]);
    const c = await comparison(fixture("emmen-2007/tariffs.constructed.manifest.json"));
    expect(c?.euros.tariffs).toEqual([{ workType: "OBW", tariff: "77.55" }]);
    const area2 = c?.euros.resultAreas.find((a) => a.resultArea === "2");
    // 860 h × € 77,55 = € 66.693; 990 h × € 77,55 = € 76.774,50.
    expect(area2?.lines.find((l) => l.position.key === "2/OBW/*")).toMatchObject({
      offerHours: "860",
      contractHours: "990",
      offer: "66693",
      contract: "76774.5",
      difference: "10081.5",
    });
    // Each side's hours positions at their own level: the contract's SMW cells have no tariff.
    expect(area2?.total.uncosted.some((k) => k.startsWith("2/SMW/"))).toBe(true);
    expect(area2?.total.uncosted.some((k) => k.startsWith("2/OBW/"))).toBe(false);
  });
});
