import type { Command } from "commander";
import { type Lang, defaultLang } from "../messages/catalogue";
import { CliCommand } from "../runner/cliCommand";
import { type CommandHelpCatalogue, type CommandPath, helpEn } from "./help.en";
import { helpNl } from "./help.nl";

/** The shape every catalogue entry has, for code that handles any command's words. */
export interface CommandWords {
  readonly description: string;
  /** By long flag (`--store`). */
  readonly options: Readonly<Record<string, string>>;
  /** By argument name (`manifest` for `<manifest>`). */
  readonly arguments?: Readonly<Record<string, string>>;
  /** Printed after the options; ends with the exit codes. */
  readonly after: string;
}

/** The words of a command that has (at least) these options: what a shared option helper needs. */
export interface OptionWords<Long extends string> {
  readonly options: Readonly<Record<Long, string>>;
}

const CATALOGUES: Readonly<Record<Lang, CommandHelpCatalogue>> = { en: helpEn, nl: helpNl };

export const helpCatalogueFor = (lang: Lang): CommandHelpCatalogue => CATALOGUES[lang];

/**
 * The words of the command at `path` in the language `program` was built for (`buildProgram`
 * and `runStoreCommand` read `--lang` from argv before defining the commands); a plain commander
 * program gets the default language.
 */
export const commandHelp = <P extends CommandPath>(program: Command, path: P): CommandHelpCatalogue[P] =>
  CATALOGUES[program instanceof CliCommand ? program.lang : defaultLang()][path];

/** The text commander prints after the options: a blank line, then the catalogue's. */
export const helpAfter = (words: Pick<CommandWords, "after">): string => `\n${words.after}`;
