import { fileURLToPath } from "node:url";
import { createAgreements } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { importAgreement } from "@grant-ledger/importer";
import { produceReport } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { csvTables } from "./csvTables";

// The offer versus contract in euros, through every format: the 2007 tables with a constructed
// tariff for OBW (the 2007 document prices no work type; the rate is the 2022 application's).
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

const made = async (manifest: string) => {
  const store = createInMemoryEventStore();
  const imported = await importAgreement(fixture(manifest), createAgreements({ store }), {
    signatures: fixture("emmen-2007/signatures.json"),
  });
  if (E.isLeft(imported)) throw new Error(imported.left._tag);
  const report = await produceReport(store, {
    agreementId: imported.right.agreementId,
    kind: "offer-vs-contract",
    now: () => new Date("2007-07-15T10:00:00Z"),
  });
  if (E.isLeft(report)) throw new Error(JSON.stringify(report.left));
  const render = (o: Parameters<typeof report.right.render>[0]) => {
    const text = report.right.render(o);
    if (E.isLeft(text)) throw new Error(text.left);
    return text.right;
  };
  return render;
};

describe("offer versus contract in euros", () => {
  it("CSV keeps the exact euros, HTML shows them as a Dutch reader expects", async () => {
    const render = await made("emmen-2007/tariffs.constructed.manifest.json");
    const { tables } = csvTables(render({ format: "csv", csvDialect: "dutch" }), ";");
    const euros = tables[1];
    expect(euros?.find((r) => r.Positie === "2/OBW/*")).toMatchObject({
      "Tarief per uur": "77,55",
      "Offerte (uur)": "860",
      "Contract (uur)": "990",
      "Offerte (€)": "66693",
      "Contract (€)": "76774,5",
      "Verschil (€)": "10081,5",
    });
    const html = render({ format: "html", lang: "nl" });
    // A no-break space between the sign and the amount, as Intl writes it for nl-NL.
    expect(html).toContain('<td class="num">€\u00a076.774,50</td>');
    expect(html).toContain("In euro&#39;s: uren × tarief van de werksoort");
  });

  it("leaves the table out where no work type has a tariff", async () => {
    const render = await made("emmen-2007/manifest.json");
    expect(csvTables(render({ format: "csv", csvDialect: "dutch" }), ";").tables).toHaveLength(1);
  });
});
