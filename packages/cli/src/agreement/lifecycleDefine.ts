import type { Command } from "commander";
import type { CommandIo } from "../io/commandIo";
import type { Define } from "../runner/runCommand";
import type { StoreOpener } from "../store/storeAccess";
import { AGREEMENT_EXIT_CODES, ledgerAction, withAgreementOptions, withOutputOptions } from "./ledgerCommand";

export interface LifecycleCommand<F> {
  readonly name: string;
  readonly description: string;
  /** Positional argument, e.g. `<file>`, with its description. */
  readonly argument?: readonly [string, string];
  /** The command's own options, after the shared ones. */
  readonly options: (command: Command) => Command;
  readonly json: string;
  /** What the command's exit 0 means, and anything it adds to the shared codes. */
  readonly exitCodes: string;
  readonly run: (args: {
    file: string | undefined;
    flags: F;
    io: CommandIo;
    open: StoreOpener;
  }) => Promise<number>;
}

/**
 * The definition every lifecycle command on an existing agreement shares: store, agreement,
 * actor, command id, --json, --lang, and exit codes in --help.
 */
export const defineLifecycle =
  <F>(spec: LifecycleCommand<F>): Define =>
  (program, io, open, done) => {
    const command = withAgreementOptions(program.command(spec.name).description(spec.description));
    if (spec.argument !== undefined) command.argument(spec.argument[0], spec.argument[1]);
    withOutputOptions(spec.options(command), spec.json)
      .addHelpText("after", `\nExit codes: ${spec.exitCodes}; ${AGREEMENT_EXIT_CODES}.`)
      .action(
        ledgerAction(io, done, (...args: unknown[]) => {
          const flags = (spec.argument === undefined ? args[0] : args[1]) as F;
          const file = spec.argument === undefined ? undefined : (args[0] as string);
          return spec.run({ file, flags, io, open });
        }),
      );
  };
