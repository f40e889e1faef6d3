import type { Command } from "commander";
import { runDemo } from "../demo/runDemo";
import { type CommandIo, processIo } from "../io/commandIo";
import { runStoreCommand } from "../runner/runCommand";
import { DEFAULT_STORE_URL, creationAccess, openStore } from "../store/openStore";
import { type StoreOpener, createOption, usingStore } from "../store/storeAccess";

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  program
    .command("demo")
    .description(
      "reconcile and import the real 2007 Emmen agreement, shift hours under the controls, verify the chain",
    )
    .option("--store <url>", "event store URL", DEFAULT_STORE_URL)
    .addOption(createOption())
    .addHelpText(
      "after",
      "\nExit codes: 0 done and the chain is intact, 1 import failed or chain broken, 2 usage (including a missing store other than the default without --create), 6 store unreachable.",
    )
    .action(async (o: { store: string; create?: boolean }) =>
      done(
        await usingStore(
          o.store,
          open,
          io,
          (s) => runDemo(s, o.store, io),
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
