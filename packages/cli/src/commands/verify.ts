import { type ChainBreak, type EventStore, verifyStore } from "@grant-ledger/event-store";
import { Command, CommanderError } from "commander";
import { EXIT } from "../exitCodes";
import { DEFAULT_STORE_URL, openStore } from "../store/openStore";

/** Where a command writes: the process in real use, buffers in tests. */
export interface StoreCommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether `err` is a terminal (progress bars) or a log (plain lines). */
  readonly isTTY?: boolean;
  /** Where progress bars draw when `isTTY` (default: process.stderr). */
  readonly terminal?: NodeJS.WritableStream;
}

export const storeProcessIo: StoreCommandIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  isTTY: process.stderr.isTTY === true,
};

export type StoreOpener = (url: string) => Promise<EventStore>;

/** Opens the store, runs `use`, always closes it. A store that cannot be opened is a usage error (2). */
export const usingStore = async (
  url: string,
  open: StoreOpener,
  io: StoreCommandIo,
  use: (store: EventStore) => Promise<number>,
): Promise<number> => {
  let store: EventStore;
  try {
    store = await open(url);
  } catch (error) {
    io.err(`cannot open store ${url}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

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
  io: StoreCommandIo,
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

const define = (
  program: Command,
  io: StoreCommandIo,
  open: StoreOpener,
  done: (code: number) => void,
): void => {
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
  define(program, storeProcessIo, openStore, (code) => {
    process.exitCode = code;
  });

/**
 * Runs one command's definition on `argv` (the words after `grant-ledger`) without touching the
 * process, as the CLI would: for tests and embedding. Usage errors return 2, --help 0.
 */
export const runStoreCommand = async (
  defineCommand: (program: Command, done: (code: number) => void) => void,
  argv: readonly string[],
  io: StoreCommandIo,
): Promise<number> => {
  let code: number = EXIT.usage;
  const program = new Command()
    .name("grant-ledger")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  defineCommand(program, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return code;
};

/** `grant-ledger verify ...` in-process, with a store opener (tests pass one that returns a memory store). */
export const verifyCli = (argv: readonly string[], io: StoreCommandIo, open: StoreOpener = openStore) =>
  runStoreCommand((program, done) => define(program, io, open, done), ["verify", ...argv], io);

/** An io that collects output instead of printing it: for tests and for embedding the commands. */
export const captureIo = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: StoreCommandIo = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false };
  return { io, out, err, text: () => out.join("\n"), errors: () => err.join("\n") };
};
