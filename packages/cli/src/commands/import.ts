import type { EventStore } from "@grant-ledger/event-store";
import { type ImportFailure, importAgreement } from "@grant-ledger/importer";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type DocumentFlags, readLimitsOf, withDocumentOptions } from "../io/documentOptions";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { reconciliationText, unreadableText } from "../reconcile/reconcileText";
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

const failureText = (f: ImportFailure, m: Messages): string => {
  switch (f._tag) {
    case "Unreadable":
      return unreadableText(f.problems, m);
    case "Discrepancies":
      return `${reconciliationText(f.reconciliation, m)}\n${m.imported.nothingWritten}`;
    case "AlreadyImported":
    case "Refused":
    case "NotRecorded":
      return m.imported.refused(f.message);
  }
};

/** Input that does not decode (a file, or an option such as `--by`) is a usage error. */
const exitFor = (f: ImportFailure): number =>
  f._tag === "Unreadable" || (f._tag === "NotRecorded" && f.error._tag === "CommandDecodeError")
    ? EXIT.usage
    : EXIT.failed;

/**
 * 0 imported; 1 discrepancies (nothing written), agreement already imported, or refused by the
 * domain; 2 unreadable input, a command that does not decode, or a store that cannot be opened.
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
        if (flags.json) io.out(JSON.stringify({ ok: false, failure: failureJson(result.left) }, null, 2));
        else io.err(failureText(result.left, m));
        return exitFor(result.left);
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

const failureJson = (f: ImportFailure) =>
  f._tag === "Discrepancies"
    ? { kind: f._tag, discrepancies: f.reconciliation.discrepancies, totals: f.reconciliation.totals }
    : f._tag === "Unreadable"
      ? { kind: f._tag, problems: f.problems }
      : { kind: f._tag, message: f.message };

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
