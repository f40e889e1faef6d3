import { Command } from "commander";
import packageJson from "../package.json";
import { registerCommands } from "./commands";
import { helpLang, localiseHelp } from "./help/localHelp";
import { processIo } from "./io/commandIo";
import { asksForJson, commanderOutput } from "./runner/commanderOutput";

export const buildProgram = (argv: readonly string[] = process.argv.slice(2)): Command => {
  const lang = helpLang(argv);
  const nl = lang === "nl";
  const program = new Command()
    .name("grant-ledger")
    .description("Event-sourced ledger for municipal welfare subsidy agreements.")
    .version(packageJson.version, "-V, --version", nl ? "toon de versie" : "print the version")
    // `grant-ledger help <command>` is the same as `grant-ledger <command> --help`.
    .helpCommand("help [command]", nl ? "toon de hulp bij een commando" : "show help for a command")
    .configureOutput(commanderOutput(processIo, argv))
    // Under --json stdout carries one JSON object, so the help text is left out.
    .showHelpAfterError(!asksForJson(argv))
    .exitOverride((err) => {
      // commander's own usage errors (unknown option, missing argument) exit 2; --help exits 0.
      process.exit(err.exitCode === 0 ? 0 : 2);
    });
  registerCommands(program);
  return localiseHelp(program, lang);
};
