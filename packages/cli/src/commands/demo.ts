import type { Command } from "commander";
import { DEMO_REPORTS_DIR } from "../demo/demoReports";
import { runDemo } from "../demo/runDemo";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Lang, langOption } from "../messages/catalogue";
import { runStoreCommand } from "../runner/runCommand";
import { creationAccess, openStore } from "../store/openStore";
import { type StoreOpener, createOption, storeOption, usingStore } from "../store/storeAccess";

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  program
    .command("demo")
    .description(
      "reconcile and import the real 2007 Emmen agreement, shift hours under the controls, verify the chain, write every report into data/reports/",
    )
    .addOption(storeOption(false))
    .addOption(createOption())
    .option("--reports-dir <dir>", "where the reports of the demo agreement are written", DEMO_REPORTS_DIR)
    .addOption(langOption())
    .addHelpText(
      "after",
      "\nExit codes: 0 done and the chain is intact, 1 import failed or chain broken, 2 usage (including a missing store other than the default without --create), 6 store unreachable.",
    )
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
