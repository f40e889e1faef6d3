import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAgreements } from "@grant-ledger/agreements";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { importAgreement } from "@grant-ledger/importer";
import { produceReport } from "@grant-ledger/reports";
import Ajv2020 from "ajv/dist/2020";
import * as E from "fp-ts/Either";
import { beforeAll, describe, expect, it } from "vitest";
import { csvTables } from "./csvTables";
import { EMMEN, emmenYear } from "./emmenYear";

// The budget report on the 2009 Buurt Vitaal plan: its cost lines as printed, with the
// contributions and the grant that are invented for tests (the document gives no amounts).
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const AGREEMENT = "buurt-vitaal-emmermeer-2009-financing";
const store = createInMemoryEventStore();
beforeAll(async () => {
  const imported = await importAgreement(
    fixture("buurt-vitaal-2009/financing.synthetic.manifest.json"),
    createAgreements({ store }),
    {},
  );
  if (E.isLeft(imported)) throw new Error(imported.left._tag);
});

const made = async (s = store, agreementId = AGREEMENT) => {
  const report = await produceReport(s, { agreementId, kind: "budget" });
  if (E.isLeft(report)) return report;
  return E.right((o: Parameters<typeof report.right.render>[0]) => {
    const text = report.right.render(o);
    if (E.isLeft(text)) throw new Error(text.left);
    return text.right;
  });
};

describe("the budget report", () => {
  it("JSON: budget per group and total, the financing computed (costs 2.286.290, contributions 1.211.680, grant 1.000.000, deficit 74.610), and it conforms to the schema", async () => {
    const render = await made();
    if (E.isLeft(render)) throw new Error(render.left._tag);
    const json = JSON.parse(render.right({ format: "json" }));
    expect(json.body.groups.map((g: { planned: string }) => g.planned)).toEqual([
      "80360",
      "255250",
      "1731680",
      "219000",
    ]);
    expect(json.body.total).toMatchObject({ planned: "2286290", realised: "0" });
    expect(json.body.financing).toMatchObject({
      costs: "2286290",
      contributed: "1211680",
      shortfall: "1074610",
      grant: { reference: "SYNTHETIC-2010-001", amountGranted: "1000000" },
      deficit: "74610",
    });
    const schema = JSON.parse(
      readFileSync(
        fileURLToPath(new URL("../../../docs/reports/report.schema.json", import.meta.url)),
        "utf8",
      ),
    );
    const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
    validate(json);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("CSV (Dutch) and HTML carry the same figures", async () => {
    const render = await made();
    if (E.isLeft(render)) throw new Error(render.left._tag);
    const { tables } = csvTables(render.right({ format: "csv", csvDialect: "dutch" }), ";");
    const financing = tables[2] ?? [];
    expect(financing.find((r) => r.Post === "Totale bijdragen")?.Bedrag).toBe("1211680");
    expect(financing.find((r) => r.Partij === "GGD Drenthe")).toMatchObject({
      Vorm: "in natura",
      Bedrag: "9000",
    });
    expect(tables[1]?.find((r) => r.Groep === "totaal")).toMatchObject({ Plan: "2286290", "V/N": "V" });
    const html = render.right({ format: "html", lang: "nl" });
    expect(html).toContain('<td class="num">€\u00a074.610,00</td>');
  });

  it("is refused, as data, for an agreement without a budget", async () => {
    const other = createInMemoryEventStore();
    await emmenYear(other);
    const report = await made(other, EMMEN);
    expect(E.isLeft(report) && report.left).toEqual({ _tag: "NoBudget", agreementId: EMMEN });
  });
});
