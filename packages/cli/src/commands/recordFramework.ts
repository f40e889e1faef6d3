import { ResultsFramework } from "@grant-ledger/core";
import type { Command } from "commander";
import * as E from "fp-ts/Either";
import { type LedgerFlags, recordedJson, runOnAgreement } from "../agreement/ledgerCommand";
import { defineLifecycle } from "../agreement/lifecycleDefine";
import { readInputFile } from "../input/inputFile";
import { type CommandIo, processIo } from "../io/commandIo";
import { type DocumentFlags, withDocumentOptions } from "../io/documentOptions";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";
import { frameworkFromManifest } from "./recordFrameworkManifest";

interface RecordFrameworkFlags extends LedgerFlags, DocumentFlags {
  readonly agreement: string;
  readonly reason: string;
  readonly file?: string;
  readonly manifest?: string;
  readonly acceptDiscrepancies?: boolean;
}

/**
 * Records (or replaces) an agreement's results framework from a JSON file (`--file`) or from
 * the document tables an import manifest lists (`--manifest`, read and checked as `import`
 * reads them): the framework is decoded by the core's `ResultsFramework` codec here, and the
 * command again by `@grant-ledger/agreements` (the one command path), so a framework the
 * decider would refuse (an indicator id no effect knows) is refused with its domain error.
 */
const define = defineLifecycle<RecordFrameworkFlags, "record-framework">({
  name: "record-framework",
  options: (c: Command, h) =>
    withDocumentOptions(c, h)
      .option("--file <framework.json>", h.options["--file"])
      .option("--manifest <manifest.json>", h.options["--manifest"])
      .option("--accept-discrepancies", h.options["--accept-discrepancies"])
      .requiredOption("--reason <text>", h.options["--reason"]),
  run: ({ flags, io, open }) =>
    runOnAgreement(flags, io, open, {
      build: async (state, _actor, ctx) =>
        E.map((framework: ResultsFramework) => ({
          type: "RecordResultsFramework",
          data: {
            agreementId: state.agreementId,
            framework: ResultsFramework.encode(framework),
            reason: flags.reason,
          },
        }))(
          (flags.file === undefined) === (flags.manifest === undefined)
            ? E.left({ kind: "usage" as const, message: ctx.m.recordFrameworkManifest.fileOrManifest })
            : flags.manifest !== undefined
              ? await frameworkFromManifest(flags.manifest, state.agreementId, flags, ctx.m)
              : await readInputFile(flags.file as string, ResultsFramework, ctx.m),
        ),
      report: (recorded, ctx) => {
        const s = recorded.state;
        const f = s.resultsFramework.framework;
        if (f === undefined)
          return ctx.fail({ kind: "usage", message: ctx.m.failure.notRecorded("record-framework") });
        const counts = {
          effects: f.effects.length,
          results: f.results.length,
          indicators: f.indicators.length,
          services: f.services.length,
          milestones: f.milestones.length,
        };
        if (ctx.json) ctx.printJson(recordedJson(recorded, s.agreementId, { framework: counts }));
        else io.out(ctx.m.recordFramework.recorded(s.agreementId, counts));
        return 0;
      },
    }),
});

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const recordFrameworkCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("record-framework", define, argv, io, open);
