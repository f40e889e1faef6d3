import { type Command, CommanderError } from "commander";
import { EXIT } from "../exitCodes";
import type { CommandIo } from "../io/commandIo";
import { langFromArgv } from "../messages/catalogue";
import type { StoreOpener } from "../store/storeAccess";
import { CliCommand } from "./cliCommand";
import { commanderOutput } from "./commanderOutput";
import { exitForFailure } from "./failure";

export type Define = (
  program: Command,
  io: CommandIo,
  open: StoreOpener,
  done: (code: number) => void,
) => void;

/**
 * Runs one command's definition on `argv` (the words after `grant-ledger`) without touching the
 * process, as the CLI would: for tests and embedding. Usage errors return 2, --help 0; any other exception goes through `exitForFailure`.
 */
export const runStoreCommand = async (
  defineCommand: (program: Command, done: (code: number) => void) => void,
  argv: readonly string[],
  io: CommandIo,
): Promise<number> => {
  let code: number = EXIT.usage;
  const program = new CliCommand(langFromArgv(argv))
    .name("grant-ledger")
    .exitOverride()
    .configureOutput(commanderOutput(io, argv));
  defineCommand(program, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return exitForFailure(error, io);
  }
  return code;
};

/** Runs a `Define`d command on `argv` (after the command name) without touching the process. */
export const runDefined = (
  name: string,
  definition: Define,
  argv: readonly string[],
  io: CommandIo,
  open: StoreOpener,
): Promise<number> =>
  runStoreCommand((program, done) => definition(program, io, open, done), [name, ...argv], io);
