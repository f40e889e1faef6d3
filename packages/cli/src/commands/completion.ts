import { Argument, type Command } from "commander";
import { bashCompletion } from "../completion/bashCompletion";
import { EXIT } from "../exitCodes";
import { type CommandIo, processIo } from "../io/commandIo";

/** The program a command belongs to: the script covers every command, not only this one's siblings. */
const rootOf = (c: Command): Command => (c.parent === null ? c : rootOf(c.parent));

const define = (program: Command, io: CommandIo, done: (code: number) => void): void => {
  program
    .command("completion")
    .description("print a shell completion script for every command and its options")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash"]))
    .addHelpText(
      "after",
      "\nLoad it with: source <(grant-ledger completion bash)\nExit codes: 0 printed, 2 a shell other than bash.",
    )
    .action((_shell: string, _options: unknown, command: Command) => {
      io.out(bashCompletion(rootOf(command)));
      done(EXIT.ok);
    });
};

export const register = (program: Command): void =>
  define(program, processIo, (code) => {
    process.exitCode = code;
  });
