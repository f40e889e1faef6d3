import {
  reconcile,
  reconciliationJson,
  reconciliationText,
  unreadableJson,
  unreadableText,
} from "@grant-ledger/importer";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { runStoreCommand } from "../runner/runCommand";

/** 0 everything reconciles, 1 discrepancies, 2 input that cannot be read (missing file, invalid manifest). */
export const runReconcile = async (
  manifest: string,
  options: { json?: boolean },
  io: CommandIo,
): Promise<number> => {
  const result = await reconcile(manifest);
  if (result._tag === "Left") {
    if (options.json) io.out(JSON.stringify(unreadableJson(result.left), null, 2));
    else io.err(unreadableText(result.left));
    return EXIT.usage;
  }
  const r = result.right;
  if (options.json) io.out(JSON.stringify(reconciliationJson(r), null, 2));
  else io.out(reconciliationText(r));
  return r.discrepancies.length === 0 ? EXIT.ok : EXIT.failed;
};

const define = (program: Command, io: CommandIo, done: (code: number) => void): void => {
  program
    .command("reconcile")
    .description(
      "check every printed total of an agreement's tables, and the district annexes against the tables",
    )
    .argument("<manifest>", "manifest JSON listing the tables (paths relative to it)")
    .option("--json", "machine-readable output: { ok, discrepancies, totals }")
    .action(async (manifest: string, options: { json?: boolean }) =>
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
