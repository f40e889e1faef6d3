import { type ChainBreak, type EventStore, verifyStore } from "@grant-ledger/event-store";
import type { Command } from "commander";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";
import { runStoreCommand } from "../runner/runCommand";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";
import { type StoreOpener, usingStore } from "../store/storeAccess";

export const describeBreak = (found: ChainBreak): string[] => [
  `BROKEN: ${found.problem} event in stream ${found.streamId} at revision ${found.revision} (global position ${found.globalPosition})`,
  `  ${found.message}`,
  `  expected hash: ${found.expectedHash}`,
  `  found hash:    ${found.foundHash}`,
];

/** 0 when every chain checked is intact, 1 naming the first break. */
export const runVerify = async (
  store: EventStore,
  options: { readonly stream?: string },
  io: CommandIo,
): Promise<number> => {
  const result = await verifyStore(store, options.stream === undefined ? {} : { streamId: options.stream });
  if (result._tag === "Left") {
    for (const line of describeBreak(result.left)) io.out(line);
    return EXIT.failed;
  }
  const { eventsChecked, streamsChecked, lastGlobalPosition } = result.right;
  const scope = options.stream === undefined ? "store" : `stream ${options.stream}`;
  if (options.stream !== undefined && eventsChecked === 0) {
    io.out(`intact: stream ${options.stream} has no events`);
    return EXIT.ok;
  }
  const upTo = lastGlobalPosition === undefined ? "" : `, up to global position ${lastGlobalPosition}`;
  io.out(`intact: ${scope}, ${eventsChecked} events in ${streamsChecked} streams checked${upTo}`);
  return EXIT.ok;
};

const define = (program: Command, io: CommandIo, open: StoreOpener, done: (code: number) => void): void => {
  program
    .command("verify")
    .description("check the hash chain of one stream or of the whole store; names the first break")
    .option("--store <url>", "store URL: sqlite:<file>, memory:, esdb://...", DEFAULT_STORE_URL)
    .option("--stream <id>", "verify only this stream (e.g. agreement-<id>)")
    .addHelpText(
      "after",
      "\nExit codes: 0 intact, 1 the chain is broken (first break printed), 2 store cannot be opened.",
    )
    .action(async (options: { store: string; stream?: string }) =>
      done(await usingStore(options.store, open, io, (store) => runVerify(store, options, io))),
    );
};

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

/** `grant-ledger verify ...` in-process, with a store opener (tests pass one that returns a memory store). */
export const verifyCli = (argv: readonly string[], io: CommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["verify", ...argv], io);
