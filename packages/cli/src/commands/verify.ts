import {
  type ChainBreak,
  type EventStore,
  isStorageBreak,
  storageBreak,
  verifyStore,
} from "@grant-ledger/event-store";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";
import { type Lang, type Messages, langOption, messagesOf } from "../messages/catalogue";
import { PREFIX } from "../runner/cliFailure";
import { runStoreCommand } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import { type StoreOpener, storeOption, usingStore } from "../store/storeAccess";

export const describeBreak = (found: ChainBreak, m: Messages): string[] => {
  if (isStorageBreak(found)) {
    return [
      m.audit.storageBroken(found.findings.length),
      ...found.findings.slice(0, 20).map((f) => `  ${f}`),
    ];
  }
  return [
    m.audit.eventBroken(found),
    `  ${found.message}`,
    ...(found.expectedHash === undefined ? [] : [m.audit.expectedHash(found.expectedHash)]),
    ...(found.foundHash === undefined ? [] : [m.audit.foundHash(found.foundHash)]),
  ];
};

/** 0 when every chain checked is intact, 1 naming the first break. */
export const runVerify = async (
  store: EventStore,
  options: { readonly stream?: string; readonly lang?: Lang },
  io: CommandIo,
): Promise<number> => {
  const m = messagesOf(options.lang);
  const result = await verifyStore(store, options.stream === undefined ? {} : { streamId: options.stream });
  if (result._tag === "Left") {
    for (const line of describeBreak(result.left, m)) io.out(line);
    return EXIT.failed;
  }
  const { eventsChecked, streamsChecked, lastGlobalPosition } = result.right;
  // A mistyped stream id must not read as "intact": a stream with no events does not exist.
  if (options.stream !== undefined && eventsChecked === 0) {
    io.err(`${PREFIX}${m.audit.noStream(options.stream)}`);
    return EXIT.usage;
  }
  io.out(m.audit.intact(options.stream, eventsChecked, streamsChecked, lastGlobalPosition));
  return EXIT.ok;
};

/**
 * A store file too damaged to open is what verify exists to find: it is reported as a break
 * (exit 1), not only as a store that cannot be opened (exit 2).
 */
const verifyAt = async (
  options: { readonly store: string; readonly stream?: string; readonly lang?: Lang },
  open: StoreOpener,
  io: CommandIo,
): Promise<number> => {
  let damaged = false;
  const openOrReport: StoreOpener = async (url) => {
    try {
      return await open(url);
    } catch (error) {
      // Loaded only here: commands that never open SQLite do not load its native module.
      const { isSqliteStoreError } = await import("@grant-ledger/store-sqlite");
      if (isSqliteStoreError(error) && error.code === "corrupt") {
        damaged = true;
        for (const line of describeBreak(storageBreak([error.message]), messagesOf(options.lang)))
          io.out(line);
      }
      throw error;
    }
  };
  const code = await usingStore(
    options.store,
    openOrReport,
    io,
    (store) => runVerify(store, options, io),
    "existing",
    messagesOf(options.lang),
  );
  return damaged ? EXIT.failed : code;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  const h = commandHelp(program, "verify");
  program
    .command("verify")
    .description(h.description)
    .addOption(storeOption(h.options["--store"]))
    .option("--stream <id>", h.options["--stream"])
    .addOption(langOption(h.options["--lang"]))
    .addHelpText("after", helpAfter(h))
    .action(async (options: { store: string; stream?: string; lang: Lang }) =>
      done(await verifyAt(options, open, io)),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger verify ...` in-process, with a store opener (tests pass one that returns a memory store). */
export const verifyCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["verify", ...argv], io);
