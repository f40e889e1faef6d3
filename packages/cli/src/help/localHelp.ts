import type { Command } from "commander";
import { type Lang, messagesFor } from "../messages/catalogue";
import { type CommandHelp, DUTCH_HELP, DUTCH_OPTIONS } from "./help.nl";
import { DUTCH_AUDIT_HELP } from "./helpAudit.nl";
import { commandsOf, layOutHelp } from "./helpLayout";

const DUTCH: Readonly<Record<string, CommandHelp>> = { ...DUTCH_HELP, ...DUTCH_AUDIT_HELP };

/** The Dutch help of a command path (`checkpoint keygen`), if the catalogue has it. */
export const dutchHelpOf = (path: string): CommandHelp | undefined => DUTCH[path];

/** Every command path the Dutch help catalogue has words for. */
export const dutchHelpPaths = (): readonly string[] => Object.keys(DUTCH);

/** The Dutch of an option of the command at `path`: its own, else the shared one. */
export const dutchOptionOf = (path: string, long: string): string | undefined =>
  DUTCH[path]?.options?.[long] ?? DUTCH_OPTIONS[long];

/**
 * Puts the Dutch help in place of the English the commands define: descriptions, options,
 * arguments and the text after the options (whose English listener is replaced). Both
 * languages get commander's headings (`Gebruik:`, `Opties:`) from the catalogue.
 */
export const localiseHelp = (program: Command, lang: Lang): Command => {
  layOutHelp(program, messagesFor(lang).helpLayout);
  if (lang === "en") return program;
  for (const [path, command] of commandsOf(program)) {
    const help = DUTCH[path];
    if (help === undefined) continue;
    command.description(help.description);
    for (const option of command.options) {
      const dutch = option.long === undefined ? undefined : dutchOptionOf(path, option.long);
      if (dutch !== undefined) option.description = dutch;
    }
    for (const argument of command.registeredArguments) {
      const dutch = help.arguments?.[argument.name()];
      if (dutch !== undefined) argument.description = dutch;
    }
    // A commander Command is an EventEmitter at run time; its types do not say so.
    (command as unknown as NodeJS.EventEmitter).removeAllListeners("afterHelp");
    command.addHelpText("after", `\n${help.after}`);
  }
  return program;
};
