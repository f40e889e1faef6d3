import { readFile } from "node:fs/promises";
import { describeReportProblem, verifyReport } from "@grant-ledger/reports";
import type { Command } from "commander";
import { contextOf, ledgerAction } from "../agreement/ledgerCommand";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Lang, defaultLang, langOption } from "../messages/catalogue";
import { type Define, runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, withStore } from "../store/storeAccess";

export interface VerifyReportOptions {
  readonly store: string;
  readonly publicKey?: string;
  readonly lang?: Lang;
}

const readText = async (
  path: string,
  what: string,
): Promise<string | { kind: "bad-file"; path: string; message: string }> => {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    return {
      kind: "bad-file",
      path,
      message: `cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
};

/**
 * Checks a report against a store: the stamped checkpoint is in the store's chain, the numbers
 * of a JSON (or HTML) report equal a fresh computation there, and with --public-key the
 * signature. 0 intact, 1 the first difference, 2 usage.
 */
export const runVerifyReport = async (
  file: string,
  o: VerifyReportOptions,
  io: CommandIo,
  open: StoreOpener = openStore,
): Promise<number> => {
  const ctx = contextOf({ ...(o.lang === undefined ? {} : { lang: o.lang }) }, io);
  const text = await readText(file, "report");
  if (typeof text === "object") return ctx.fail(text);
  const key = o.publicKey === undefined ? undefined : await readText(o.publicKey, "public key");
  if (typeof key === "object") return ctx.fail(key);
  const v = await withStore(open, o.store, (store) =>
    verifyReport(store, text, key === undefined ? {} : { publicKeyPem: key }),
  );
  if (!v.ok) {
    io.out(ctx.m.reports.invalid(describeReportProblem(v.finding, o.lang ?? defaultLang())));
    return EXIT.failed;
  }
  const c = v.checkpoint;
  io.out(ctx.m.reports.intact(c.revision, c.globalPosition, c.hash, v.numbersChecked, v.signatureChecked));
  return EXIT.ok;
};

const define: Define = (program, io, open, done) => {
  const h = commandHelp(program, "verify-report");
  program
    .command("verify-report")
    .description(h.description)
    .argument("<file>", h.arguments.file)
    .addOption(storeOption(h.options["--store"]))
    .option("--public-key <pem>", h.options["--public-key"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(
      ledgerAction(io, done, (file: string, options: VerifyReportOptions) =>
        runVerifyReport(file, options, io, open),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const verifyReportCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("verify-report", define, argv, io, open);
