import {
  type ChainBreak,
  type EventStore,
  isStorageBreak,
  storageBreak,
  verifyStore,
} from "@grant-ledger/event-store";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
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

const HELP = `
What verify checks: the store's own consistency (SQLite: PRAGMA integrity_check and the
schema), then every event: each stored column readable, its JSON text exactly the canonical
JSON that was hashed (no duplicate key, no whitespace, no rewritten value), the command id
column equal to metadata.commandId, the hash equal to the hash of the stored fields, each
event linked to the one before, revisions (and, for the whole store, global positions)
without gaps. Whole-store and --stream runs check the file the same way.

What verify cannot see on its own: events cut off the end of a stream (or of the store), a
stream edited and its hashes recomputed to its end, a stream deleted with the later global
positions renumbered, and events of different streams swapped in global order leave chains
that are consistent in themselves. Only a signed checkpoint taken earlier catches those:
keep one (grant-ledger checkpoint --key ...) and check it (grant-ledger verify-checkpoint
--store ...) along with verify.

Exit codes: 0 intact, 1 the chain is broken or the file damaged (first break printed),
2 store cannot be opened or does not exist, or --stream names no stream in it (a file damaged
beyond opening is reported as broken, exit 1), 6 store unreachable.`;

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
  program
    .command("verify")
    .description("check the hash chain of one stream or of the whole store; names the first break")
    .addOption(storeOption())
    .option("--stream <id>", "verify only this stream (e.g. agreement-<id>)")
    .addOption(langOption())
    .addHelpText("after", HELP)
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
