import type { EventStore } from "@grant-ledger/event-store";
import { type ImportFailure, importAgreement } from "@grant-ledger/importer";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { domainErrorText } from "../format/domainErrors";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type DocumentFlags, readLimitsOf, withDocumentOptions } from "../io/documentOptions";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { reconciliationText, unreadableText } from "../reconcile/reconcileText";
import { type CliFailure, EXIT_BY_FAILURE, reportFailure } from "../runner/cliFailure";
import { runStoreCommand } from "../runner/runCommand";
import { type StoreAccess, creationAccess, openStore } from "../store/openStore";
import { createOption, storeOption, usingStore } from "../store/storeAccess";

interface ImportFlags extends DocumentFlags {
  readonly store: string;
  readonly sign?: string;
  readonly acceptDiscrepancies?: boolean;
  readonly by?: string;
  readonly json?: boolean;
  readonly create?: boolean;
  readonly lang?: Lang;
}

export interface ImportDeps {
  readonly openStore: (url: string, access?: StoreAccess) => Promise<EventStore>;
  readonly clock?: () => Date;
}

/**
 * Every import failure as the failure kind other commands use: a domain refusal (the
 * agreement is already in the store, a signature the domain refuses) is exit 4 as in
 * `propose` or `sign`; a command the documents produce that is not acceptable as given is a
 * usage error (2), as are unreadable documents; discrepancies fail the import (1), as in
 * `reconcile`. Printed by the one failure surface (prefix, --json shape).
 */
export const importFailureOf = (f: ImportFailure, manifest: string, m: Messages): CliFailure => {
  switch (f._tag) {
    case "Unreadable":
      return {
        kind: "bad-file",
        path: manifest,
        message: unreadableText(f.problems, m),
        problems: f.problems,
      };
    case "Discrepancies":
      return {
        kind: "discrepancies",
        path: manifest,
        message: `${reconciliationText(f.reconciliation, m)}\n${m.imported.nothingWritten}`,
        discrepancies: f.reconciliation.discrepancies,
        totals: f.reconciliation.totals,
      };
    case "AlreadyImported":
      return {
        kind: "refused",
        code: f._tag,
        message: m.imported.alreadyImported(f.agreementId, f.streamId, f.found),
        verdicts: [],
      };
    case "Refused":
      // Worded here rather than by the refusal's own error, so that the message names the
      // step of the import (propose, negotiate, sign) the domain refused.
      return f.error === undefined
        ? { kind: "refused", code: f._tag, message: f.message, verdicts: [] }
        : {
            kind: "refused",
            code: f.error._tag,
            message: m.imported.stepRefused(f.command, domainErrorText(f.error, m)),
            verdicts: f.error.verdicts ?? [],
          };
    case "NotRecorded":
      return f.error._tag === "CommandDecodeError" || f.error._tag === "OccurredInFuture"
        ? { kind: "usage", message: m.imported.refused(f.message) }
        : { kind: "not-recorded", message: m.imported.refused(f.message) };
  }
};

/**
 * 0 imported; 1 discrepancies (nothing written); 2 unreadable input, a command that does not
 * decode, or a store that cannot be opened; 4 refused by the domain (already imported, a
 * signature refused), nothing written.
 */
export const runImport = (
  manifest: string,
  flags: ImportFlags,
  io: CommandIo,
  deps: ImportDeps,
): Promise<number> => {
  const m = messagesOf(flags.lang);
  return usingStore(
    flags.store,
    deps.openStore,
    io,
    async (store) => {
      const result = await importAgreement(manifest, store, {
        signatures: flags.sign,
        acceptDiscrepancies: flags.acceptDiscrepancies,
        recordedBy: flags.by,
        clock: deps.clock,
        limits: readLimitsOf(flags),
      });
      if (result._tag === "Left") {
        const failure = importFailureOf(result.left, manifest, m);
        // The documents' own report (what is unreadable, which totals disagree) is printed as
        // `reconcile` prints it, its first line naming the manifest; under --json it is the
        // one failure shape like every other mistake.
        const documentsReport = failure.kind === "bad-file" || failure.kind === "discrepancies";
        if (flags.json || !documentsReport)
          return reportFailure(failure, { io, messages: m, json: flags.json });
        io.err(failure.message);
        return EXIT_BY_FAILURE[failure.kind];
      }
      const { agreementId, streamId, events, acceptedDiscrepancies } = result.right;
      if (flags.json) {
        const written = events.map((e) => ({ type: e.type, revision: e.revision.toString(), hash: e.hash }));
        io.out(
          JSON.stringify(
            { ok: true, agreementId, streamId, events: written, acceptedDiscrepancies },
            null,
            2,
          ),
        );
        return EXIT.ok;
      }
      io.out(
        [
          m.imported.written(agreementId, events.length, streamId, events.map((e) => e.type).join(", ")),
          m.imported.lastHash(events[events.length - 1]?.hash ?? "-"),
          ...(acceptedDiscrepancies.length > 0 ? [m.imported.accepted(acceptedDiscrepancies.length)] : []),
        ].join("\n"),
      );
      return EXIT.ok;
    },
    creationAccess(flags.store, flags.create),
    m,
  );
};

const define = (program: Command, io: CommandIo, deps: ImportDeps, done: (code: number) => void): void => {
  const h = commandHelp(program, "import");
  withDocumentOptions(program.command("import"), h)
    .description(h.description)
    .argument("<manifest>", h.arguments.manifest)
    .addOption(storeOption(h.options["--store"]))
    .addOption(createOption(h.options["--create"]))
    .option("--sign <file>", h.options["--sign"])
    .option("--accept-discrepancies", h.options["--accept-discrepancies"])
    .option("--by <person>", h.options["--by"])
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (manifest: string, flags: ImportFlags) => done(await runImport(manifest, flags, io, deps)));
};

export const register = (program: Command): void =>
  define(program, processIo, { openStore }, (code) => {
    process.exitCode = code;
  });

/** Runs `import` with the given arguments (after the command name), for tests and embedding. */
export const importCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  deps: ImportDeps = { openStore },
): Promise<number> =>
  runStoreCommand((program, done) => define(program, io, deps, done), ["import", ...argv], io);
