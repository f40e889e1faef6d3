import { Argument, type Command } from "commander";
import { bashCompletion } from "../completion/bashCompletion";
import { EXIT } from "../exitCodes";
import { commandHelp, helpAfter } from "../help/commandHelp";
import { type CommandIo, processIo } from "../io/commandIo";

/** The program a command belongs to: the script covers every command, not only this one's siblings. */
const rootOf = (c: Command): Command => (c.parent === null ? c : rootOf(c.parent));

const define = (program: Command, io: CommandIo, done: (code: number) => void): void => {
  const h = commandHelp(program, "completion");
  program
    .command("completion")
    .description(h.description)
    .addArgument(new Argument("<shell>", h.arguments.shell).choices(["bash"]))
    .addHelpText("after", helpAfter(h))
    .action((_shell: string, _options: unknown, command: Command) => {
      io.out(bashCompletion(rootOf(command)));
      done(EXIT.ok);
    });
};

export const register = (program: Command): void =>
  define(program, processIo, (code) => {
    process.exitCode = code;
  });
