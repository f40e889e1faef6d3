import { contradictions, reconcile, reconciliationJson, unreadableJson } from "@grant-ledger/importer";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type DocumentFlags, readLimitsOf, withDocumentOptions } from "../io/documentOptions";
import { type Lang, langOption, messagesOf } from "../messages/catalogue";
import { reconciliationText, unreadableText } from "../reconcile/reconcileText";
import { runStoreCommand } from "../runner/runCommand";

type ReconcileFlags = DocumentFlags & { readonly json?: boolean; readonly lang?: Lang };

/**
 * 0 everything reconciles, 1 discrepancies, 2 input that cannot be read or imported (missing or
 * refused file, invalid manifest, an agreement the domain would refuse).
 */
export const runReconcile = async (
  manifest: string,
  options: ReconcileFlags,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const result = await reconcile(manifest, readLimitsOf(options));
  if (result._tag === "Left") {
    if (options.json) io.out(JSON.stringify(unreadableJson(result.left), null, 2));
    else io.err(unreadableText(result.left, m));
    return EXIT.usage;
  }
  const r = result.right;
  if (options.json) io.out(JSON.stringify(reconciliationJson(r), null, 2));
  else io.out(reconciliationText(r, m));
  return contradictions(r.discrepancies).length === 0 ? EXIT.ok : EXIT.failed;
};

const define = (program: Command, io: CommandIo, done: (code: number) => void): void => {
  const h = commandHelp(program, "reconcile");
  withDocumentOptions(program.command("reconcile"), h)
    .description(h.description)
    .argument("<manifest>", h.arguments.manifest)
    .option("--json", h.options["--json"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (manifest: string, options: ReconcileFlags) =>
      done(await runReconcile(manifest, options, io)),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, (code) => {
    process.exitCode = code;
  });

/**
 * Runs `reconcile` with the given arguments (after the command name) without touching the
 * process: for tests and embedding. Usage errors return 2, like the CLI.
 */
export const reconcileCli = (argv: readonly string[], io: CommandIo = processIo): Promise<number> =>
  runStoreCommand((program, done) => define(program, io, done), ["reconcile", ...argv], io);
