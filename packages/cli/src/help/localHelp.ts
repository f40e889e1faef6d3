import type { Command } from "commander";
import type { Lang } from "../messages/catalogue";
import { type CommandHelp, DUTCH_HELP, DUTCH_OPTIONS } from "./help.nl";
import { DUTCH_AUDIT_HELP } from "./helpAudit.nl";

const DUTCH: Readonly<Record<string, CommandHelp>> = { ...DUTCH_HELP, ...DUTCH_AUDIT_HELP };

/** The Dutch help of a command path (`checkpoint keygen`), if the catalogue has it. */
export const dutchHelpOf = (path: string): CommandHelp | undefined => DUTCH[path];

const walk = (command: Command, prefix = ""): [string, Command][] =>
  command.commands.flatMap((c) => {
    const path = `${prefix}${c.name()}`;
    return [[path, c] as [string, Command], ...walk(c, `${path} `)];
  });

/**
 * Puts the Dutch help in place of the English the commands define: descriptions, options and
 * the text after the options (whose English listener is replaced). English leaves it as is.
 */
export const localiseHelp = (program: Command, lang: Lang): Command => {
  if (lang === "en") return program;
  program.helpOption("-h, --help", "toon de hulp bij dit commando");
  program.description(
    "grootboek van gebeurtenissen voor gemeentelijke subsidieovereenkomsten in het sociaal domein",
  );
  for (const [path, command] of walk(program)) {
    const help = DUTCH[path];
    if (help === undefined) continue;
    command.description(help.description);
    for (const option of command.options) {
      const dutch = (option.long && (help.options?.[option.long] ?? DUTCH_OPTIONS[option.long])) || undefined;
      if (dutch !== undefined) option.description = dutch;
    }
    command.helpOption("-h, --help", "toon de hulp bij dit commando");
    // A commander Command is an EventEmitter at run time; its types do not say so.
    (command as unknown as NodeJS.EventEmitter).removeAllListeners("afterHelp");
    command.addHelpText("after", `\n${help.after}`);
  }
  return program;
};
