import type { Command } from "commander";
import packageJson from "../package.json";
import { registerCommands } from "./commands";
import { layOutHelp } from "./help/helpLayout";
import { processIo } from "./io/commandIo";
import { langFromArgv, messagesFor } from "./messages/catalogue";
import { CliCommand } from "./runner/cliCommand";
import { asksForJson, commanderOutput } from "./runner/commanderOutput";

export const buildProgram = (argv: readonly string[] = process.argv.slice(2)): Command => {
  const lang = langFromArgv(argv);
  const messages = messagesFor(lang);
  const m = messages.help;
  const program = new CliCommand(lang)
    .name("grant-ledger")
    .description(m.program)
    .version(packageJson.version, "-V, --version", m.version)
    // `grant-ledger help <command>` is the same as `grant-ledger <command> --help`.
    .helpCommand("help [command]", m.helpCommand)
    .configureOutput(commanderOutput(processIo, argv))
    // Under --json stdout carries one JSON object, so the help text is left out.
    .showHelpAfterError(!asksForJson(argv))
    .exitOverride((err) => {
      // commander's own usage errors (unknown option, missing argument) exit 2; --help exits 0.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  registerCommands(program);
  // commander's own headings (`Gebruik:`, `Opties:`) in the language; the commands' words come from the help catalogue.
  return layOutHelp(program, messages.helpLayout);
};
