/**
 * The SHA-256 of every output of every report kind of a store, in both languages, all three
 * formats and both CSV dialects, with a fixed produced-at: run it on two commits over the same
 * store file to show a speed change kept the outputs byte for byte.
 *
 *   node --import tsx bench/outputDigests.ts <store.db> [--build]
 *
 * `--build` first writes the bench's agreement (10,000 generated events) into a new file.
 */
import { createHash } from "node:crypto";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import { storeViews } from "@grant-ledger/views";
import * as E from "fp-ts/Either";
import { appendGenerated } from "../../views/test/generatedStore";
import { LANGS, type ReportFormat, type ReportRequest, produceReport } from "../src";

const [file, build] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: outputDigests.ts <store.db> [--build]");
const store = openSqliteEventStore({ file });
if (build === "--build") await appendGenerated(store, { streams: 1, eventsPerStream: 10_000 });
await storeViews(store).upkeep.catchUp();
const id = "generated-0";
const now = () => new Date("2026-01-01T00:00:00.000Z");
const requests: ReportRequest[] = [
  { kind: "offer-vs-contract", agreementId: id },
  { kind: "cell-history", agreementId: id, cell: { resultArea: "6", workType: "JW", district: "Velden" } },
  { kind: "register", agreementId: id },
  { kind: "register", agreementId: id, limit: 100 },
  { kind: "realisation", agreementId: id },
  { kind: "state", agreementId: id },
  { kind: "state", agreementId: id, asOf: { revision: 5000n } },
  { kind: "agreements" },
];
const options = LANGS.flatMap((lang) => [
  ...(["json", "html"] as ReportFormat[]).map((format) => ({ format, lang })),
  { format: "csv" as const, lang, csvDialect: "dutch" as const },
  { format: "csv" as const, lang, csvDialect: "international" as const },
]);
for (const request of requests) {
  const made = await produceReport(store, { ...request, now });
  if (E.isLeft(made)) throw new Error(`${request.kind}: ${JSON.stringify(made.left)}`);
  for (const o of options) {
    const text = made.right.render(o);
    if (E.isLeft(text)) throw new Error(text.left);
    const digest = createHash("sha256").update(text.right).digest("hex");
    console.log(
      `${digest}  ${request.kind}${request.limit === undefined ? "" : `-${request.limit}`}${request.asOf === undefined ? "" : "-asof"} ${o.format} ${o.lang}${"csvDialect" in o ? ` ${o.csvDialect}` : ""}`,
    );
  }
}
await store.close();
