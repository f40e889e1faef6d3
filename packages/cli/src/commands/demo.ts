import type { Command } from "commander";
import { DEMO_REPORTS_DIR } from "../demo/demoReports";
import { runDemo } from "../demo/runDemo";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Lang, langOption } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { creationAccess, openStore } from "../store/openStore";
import { type StoreOpener, createOption, storeOption, usingStore } from "../store/storeAccess";

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "demo");
  program
    .command("demo")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .addOption(createOption(h.options["--create"]))
    .option("--reports-dir <dir>", h.options["--reports-dir"], DEMO_REPORTS_DIR)
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (o: { store: string; create?: boolean; reportsDir: string; lang: Lang }) =>
      done(
        await usingStore(
          o.store,
          open,
          io,
          (s) => runDemo(s, o.store, io, o.reportsDir, o.lang),
          creationAccess(o.store, o.create),
        ),
      ),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const demoCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["demo", ...argv], io);
