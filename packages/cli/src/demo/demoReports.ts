import { join, resolve } from "node:path";
import { DEMO_AGREEMENT } from "@grant-ledger/demo";
import type { EventStore } from "@grant-ledger/event-store";
import { type ReportFormat, type ReportRequest, produceReport } from "@grant-ledger/reports";
import * as E from "fp-ts/Either";
import type { CommandIo } from "../io/commandIo";
import { makeDirectory } from "../io/makeDirectory";
import { writeOutput } from "../io/writeOutput";
import type { Lang, Messages } from "../messages/catalogue";

/** Where `pnpm demo` writes the reports (the `data/` folder is the demo's, and gitignored). */
export const DEMO_REPORTS_DIR = "data/reports";

const REQUESTS: readonly (readonly [string, ReportRequest])[] = [
  ["offer-vs-contract", { kind: "offer-vs-contract", agreementId: DEMO_AGREEMENT }],
  [
    "cell-history-6-JW-Stad",
    {
      kind: "cell-history",
      agreementId: DEMO_AGREEMENT,
      cell: { resultArea: "6", workType: "JW", district: "Stad" },
    },
  ],
  ["register", { kind: "register", agreementId: DEMO_AGREEMENT }],
  ["realisation", { kind: "realisation", agreementId: DEMO_AGREEMENT }],
  ["state", { kind: "state", agreementId: DEMO_AGREEMENT }],
  ["agreements", { kind: "agreements" }],
];
const FORMATS: readonly ReportFormat[] = ["json", "csv", "html"];

/** Every report of the demo agreement in every format, in `lang`, into `dir`; returns the files written. */
export const writeDemoReports = async (
  store: EventStore,
  dir: string,
  io: CommandIo,
  m: Messages,
  lang: Lang,
): Promise<string[]> => {
  const folder = resolve(dir);
  await makeDirectory(folder);
  const written: string[] = [];
  for (const [name, request] of REQUESTS) {
    const made = await produceReport(store, request);
    if (E.isLeft(made)) {
      io.out(`   ${m.demo.reportNotMade(name, made.left._tag)}`);
      continue;
    }
    for (const format of FORMATS) {
      const text = made.right.render({ format, lang });
      if (E.isLeft(text)) throw new Error(text.left);
      const path = join(folder, `${name}.${format}`);
      await writeOutput(path, text.right);
      written.push(path);
    }
  }
  return written;
};
