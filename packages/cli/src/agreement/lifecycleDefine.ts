import type { Command } from "commander";
import { type CommandWords, type OptionWords, commandHelp, helpAfter } from "../help/commandHelp";
import type { CommandHelpCatalogue, CommandPath } from "../help/help.en";
import type { CommandIo } from "../io/commandIo";
import type { Define } from "../runner/runCommand";
import type { StoreOpener } from "../store/storeAccess";
import {
  type AgreementOptionWords,
  ledgerAction,
  withAgreementOptions,
  withOutputOptions,
} from "./ledgerCommand";

/** The catalogue entries of the commands that can be lifecycle commands: they have the shared options. */
type LifecyclePath = {
  [P in CommandPath]: CommandHelpCatalogue[P] extends AgreementOptionWords & OptionWords<"--json" | "--lang">
    ? P
    : never;
}[CommandPath];

export interface LifecycleCommand<F, P extends LifecyclePath> {
  /** The command's name, which is also its key in the help catalogue (its words). */
  readonly name: P;
  /** Positional argument, e.g. `<file>`; its words are the catalogue's `arguments.file`. */
  readonly argument?: `<${string}>` | `[${string}]`;
  /** The command's own options, after the shared ones, worded from its catalogue entry. */
  readonly options: (command: Command, words: CommandHelpCatalogue[P]) => Command;
  readonly run: (args: {
    file: string | undefined;
    flags: F;
    io: CommandIo;
    open: StoreOpener;
  }) => Promise<number>;
}

/** `file` for `<file>` or `[file]`. */
const argumentName = (flags: string): string => flags.slice(1, -1).replace(/\.\.\.$/, "");

/**
 * The definition every lifecycle command on an existing agreement shares: store, agreement,
 * actor, command id, --json, --lang, and exit codes in --help, all worded from the help
 * catalogue of the program's language.
 */
export const defineLifecycle =
  <F, P extends LifecyclePath>(spec: LifecycleCommand<F, P>): Define =>
  (program, io, open, done) => {
    const words = commandHelp(program, spec.name);
    const command = withAgreementOptions(program.command(spec.name).description(words.description), words);
    if (spec.argument !== undefined)
      command.argument(spec.argument, (words as CommandWords).arguments?.[argumentName(spec.argument)]);
    withOutputOptions(spec.options(command, words), words)
      .addHelpText("after", helpAfter(words))
      .action(
        ledgerAction(io, done, (...args: unknown[]) => {
          const flags = (spec.argument === undefined ? args[0] : args[1]) as F;
          const file = spec.argument === undefined ? undefined : (args[0] as string);
          return spec.run({ file, flags, io, open });
        }),
      );
  };
