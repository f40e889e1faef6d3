import { type Argument, type Command, Help, type HelpConfiguration, type Option } from "commander";
import type { Messages } from "../messages/catalogue";

type Layout = Messages["helpLayout"];

/** What commander adds after an option's or argument's text: `(keuze uit: "nl", "en", standaard: "nl")`. */
const extraInfo = (
  item: {
    readonly argChoices?: readonly string[] | undefined;
    readonly defaultValue?: unknown;
    readonly defaultValueDescription?: string | undefined;
  },
  showDefault: boolean,
  layout: Layout,
): string[] => [
  ...(item.argChoices === undefined
    ? []
    : [`${layout.choices}: ${item.argChoices.map((c) => JSON.stringify(c)).join(", ")}`]),
  ...(item.defaultValue === undefined || !showDefault
    ? []
    : [`${layout.default}: ${item.defaultValueDescription || JSON.stringify(item.defaultValue)}`]),
];

const withInfo = (description: string, info: readonly string[]): string =>
  info.length === 0 ? description : `${description} (${info.join(", ")})`.trim();

/**
 * commander's help layout in the catalogue's words. The hooks are commander's own
 * (`configureHelp`): it calls `styleTitle` with its fixed headings and `styleUsage` with the
 * usage line and each command's term, so the words are looked up in a table of those few fixed terms; the notes after
 * an option are rebuilt from the option's data, as commander builds them.
 */
export const helpLayout = (layout: Layout): HelpConfiguration => ({
  styleTitle: (title) => layout.titles[title] ?? title,
  styleUsage(usage) {
    const words = usage.split(" ").map((word) => layout.usageWords[word] ?? word);
    return Help.prototype.styleUsage.call(this, words.join(" "));
  },
  styleSubcommandTerm(term) {
    const words = term.split(" ").map((word) => layout.usageWords[word] ?? word);
    return Help.prototype.styleSubcommandTerm.call(this, words.join(" "));
  },
  optionDescription: (option: Option) => {
    // As commander: a default shows for options that take a value, or a boolean default.
    const showDefault =
      option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
    const info = extraInfo(option, showDefault, layout);
    if (option.presetArg !== undefined && option.optional)
      info.push(`${layout.preset}: ${JSON.stringify(option.presetArg)}`);
    if (option.envVar !== undefined) info.push(`${layout.env}: ${option.envVar}`);
    return withInfo(option.description, info);
  },
  argumentDescription: (argument: Argument) =>
    withInfo(argument.description, extraInfo(argument, true, layout)),
});

/** Every command and subcommand with its path (`checkpoint keygen`). */
export const commandsOf = (command: Command, prefix = ""): [string, Command][] =>
  command.commands.flatMap((c) => {
    const path = `${prefix}${c.name()}`;
    return [[path, c] as [string, Command], ...commandsOf(c, `${path} `)];
  });

/** The layout on the program and each of its commands (commander copies it only at creation). */
export const layOutHelp = (program: Command, layout: Layout): Command => {
  for (const command of [program, ...commandsOf(program).map(([, c]) => c)]) {
    command.configureHelp(helpLayout(layout));
    command.helpOption("-h, --help", layout.helpOption);
  }
  return program;
};
