import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createInMemoryEventStore, generateCheckpointKeyPair } from "@grant-ledger/event-store";
import { REPORT_KINDS, produceReport } from "@grant-ledger/reports";
import Ajv2020 from "ajv/dist/2020";
import * as E from "fp-ts/Either";
import { beforeAll, describe, expect, it } from "vitest";
import { EMMEN, emmenYear } from "./emmenYear";

// docs/reports/report.schema.json is the documented shape: every report made conforms to it.
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../docs/reports/report.schema.json", import.meta.url)), "utf8"),
);
const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(schema);
const store = createInMemoryEventStore();
beforeAll(() => emmenYear(store));

describe("the JSON schema in docs/reports", () => {
  // The 2007 agreement has no budget: the budget report is checked on the 2009 plan (budget.test.ts).
  it.each(REPORT_KINDS.filter((k) => k !== "budget"))("%s conforms, signed and unsigned", async (kind) => {
    const made = await produceReport(store, {
      kind,
      ...(kind === "agreements" ? {} : { agreementId: EMMEN }),
      ...(kind === "cell-history" ? { cell: { resultArea: "6", workType: "JW", district: "Stad" } } : {}),
      ...(kind === "realisation" ? { period: "2007-H1" } : {}),
    });
    if (E.isLeft(made)) throw new Error(JSON.stringify(made.left));
    const keys = generateCheckpointKeyPair();
    for (const privateKeyPem of [undefined, keys.privateKeyPem]) {
      const text = made.right.render({
        format: "json",
        ...(privateKeyPem === undefined ? {} : { privateKeyPem }),
      });
      if (E.isLeft(text)) throw new Error(text.left);
      const ok = validate(JSON.parse(text.right));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("refuses a number where a decimal string belongs, and an unknown kind", async () => {
    const made = await produceReport(store, { kind: "state", agreementId: EMMEN });
    if (E.isLeft(made)) throw new Error(JSON.stringify(made.left));
    const doc = JSON.parse(JSON.stringify(made.right.document));
    expect(validate(doc)).toBe(true);
    doc.body.totals[1].contract = 36146;
    expect(validate(doc)).toBe(false);
    expect(validate({ ...made.right.document, kind: "budget" })).toBe(false);
  });
});
