import { parseBundle, verifyBundle } from "@grant-ledger/merkle-verify";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { readAuditFile } from "../io/readAuditFile";
import { type Lang, langOption, messagesOf } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";

export interface VerifyBundleOptions {
  readonly key?: string;
  readonly since?: string;
  readonly lang?: Lang;
}

/**
 * Checks a bundle with no store: 0 when it all holds, 1 naming the first failure. Every
 * check is `verifyBundle` of @grant-ledger/merkle-verify, the code an auditor can also run
 * in a browser; this command reads the files and prints the verdict.
 */
export const runVerifyBundle = async (
  file: string,
  options: VerifyBundleOptions,
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  if (options.key === undefined) {
    io.err(m.audit.verifyBundleNeedsKey);
    return EXIT.usage;
  }
  const text = await readAuditFile(file, "bundle", io, m);
  const publicKey = await readAuditFile(options.key, "public-key", io, m);
  const kept =
    options.since === undefined ? undefined : await readAuditFile(options.since, "tree-head", io, m);
  if (text === undefined || publicKey === undefined || (options.since !== undefined && kept === undefined))
    return EXIT.usage;
  const bundle = parseBundle(text);
  if (!bundle.ok) {
    io.out(m.audit.invalid(m.audit.notABundle(file, bundle.problem)));
    return EXIT.failed;
  }
  const verdict = await verifyBundle(bundle.value, publicKey, kept === undefined ? {} : { since: kept });
  if (!verdict.ok) {
    io.out(m.audit.invalid(verdict.failure));
    for (const line of verdict.evidence) io.out(`  ${line}`);
    return EXIT.failed;
  }
  io.out(m.audit.bundleValid(verdict.events, verdict.agreementId));
  for (const line of verdict.lines) io.out(`  ${line}`);
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, done: (code: number) => void): void => {
  const h = commandHelp(program, "verify-bundle");
  program
    .command("verify-bundle")
    .description(h.description)
    .argument("<file>", h.arguments.file)
    .option("--key <public.pem>", h.options["--key"])
    .option("--since <file>", h.options["--since"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (file: string, options: VerifyBundleOptions) =>
      done(await runVerifyBundle(file, options, io)),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger verify-bundle ...` in-process: `argv` after the command name. */
export const verifyBundleCli = (argv: readonly string[], io: CommandIo) =>
  runStoreCommand((program, done) => define(program, io, done), ["verify-bundle", ...argv], io);
