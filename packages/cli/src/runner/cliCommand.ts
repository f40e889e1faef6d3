import { type Argument, Command, InvalidArgumentError, Option } from "commander";
import { distance } from "fastest-levenshtein";
import { EXIT } from "../exitCodes";
import { type Lang, messagesFor } from "../messages/catalogue";
import type { CommanderWords } from "../messages/commander.en";

/** A value one of the CLI's own argument parsers refuses, with its reason as a catalogue key. */
export class CliArgumentError extends InvalidArgumentError {
  constructor(readonly reason: keyof CommanderWords["reasons"]) {
    super(reason);
  }
}

/** What commander was looking at when it found the mistake: captured where it knows it. */
type Mistake =
  | { readonly at: "option"; readonly flag: string }
  | { readonly at: "option-value"; readonly option: Option }
  | { readonly at: "parse"; readonly target: Option | Argument; readonly value: string; readonly why: string }
  | { readonly at: "conflict"; readonly option: Option; readonly other: Option };

/** commander's internal steps that know the data of a mistake; not in its typings, stable since v9. */
interface CommanderSteps {
  unknownOption(flag: string): void;
  optionMissingArgument(option: Option): void;
  _conflictingOption(option: Option, other: Option): void;
}
const steps = Command.prototype as unknown as CommanderSteps;

/** The nearest candidate, if it is near enough to be a typo (as commander's own suggestion). */
const nearest = (word: string, candidates: readonly string[]): string | undefined => {
  const best = candidates
    .map((c) => ({ c, d: distance(word, c) }))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))[0];
  return best !== undefined && best.d <= Math.max(1, Math.floor(word.length / 3)) ? best.c : undefined;
};

const longFlagsUpFrom = (command: Command | null): string[] =>
  command === null
    ? []
    : [
        ...command.options.flatMap((o) => (o.long === undefined || o.hidden ? [] : [o.long])),
        ...longFlagsUpFrom(command.parent),
      ];

/**
 * A commander `Command` whose own usage errors (unknown option, missing argument, unknown
 * command, too many arguments, an invalid choice) are worded from their data in the
 * catalogue's language, chosen by commander's error code. Everything else about the error
 * (output hook, prefix, JSON, exit code 2) is as for every other usage error.
 */
export class CliCommand extends Command {
  private mistake: Mistake | undefined;
  readonly words: CommanderWords;

  /** `lang` also chooses the help catalogue the commands defined on this program take their words from. */
  constructor(
    readonly lang: Lang,
    name?: string,
  ) {
    super(name);
    this.words = messagesFor(lang).commander;
  }

  override createCommand(name?: string): Command {
    return new CliCommand(this.lang, name);
  }

  unknownOption(flag: string): void {
    this.mistake = { at: "option", flag };
    steps.unknownOption.call(this, flag);
  }

  optionMissingArgument(option: Option): void {
    this.mistake = { at: "option-value", option };
    steps.optionMissingArgument.call(this, option);
  }

  _conflictingOption(option: Option, other: Option): void {
    this.mistake = { at: "conflict", option, other };
    steps._conflictingOption.call(this, option, other);
  }

  _callParseArg(target: Option | Argument, value: string, previous: unknown, message: string): unknown {
    // commander's own step, with the value and the parser's reason kept for the wording.
    try {
      // Both carry the parser at run time; commander types it only on Option.
      const parse = (target as { parseArg?: (value: string, previous: unknown) => unknown }).parseArg;
      return parse === undefined ? value : parse.call(target, value, previous);
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      const why = error instanceof CliArgumentError ? this.words.reasons[error.reason] : error.message;
      this.mistake = { at: "parse", target, value, why };
      return this.error(`${message} ${error.message}`, { code: error.code, exitCode: error.exitCode });
    }
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    const code = options?.code ?? "commander.error";
    const worded = this.worded(code, message);
    this.mistake = undefined;
    return super.error(worded, { code, exitCode: options?.exitCode ?? EXIT.usage });
  }

  private worded(code: string, message: string): string {
    const w = this.words;
    const m = this.mistake;
    const what = (target: Option | Argument) =>
      target instanceof Option ? w.option(target.flags) : w.argument(target.name());
    const sourceOf = (o: Option) =>
      this.getOptionValueSource(o.attributeName()) === "env" && o.envVar !== undefined
        ? w.envVariable(o.envVar)
        : w.option(o.flags);
    switch (code) {
      case "commander.unknownOption":
        return m?.at === "option"
          ? w.unknownOption(
              m.flag,
              m.flag.startsWith("--") ? nearest(m.flag, longFlagsUpFrom(this)) : undefined,
            )
          : w.other(message);
      case "commander.unknownCommand": {
        const name = this.args[0] ?? "";
        return w.unknownCommand(
          name,
          nearest(
            name,
            this.commands.map((c) => c.name()),
          ),
        );
      }
      case "commander.missingArgument": {
        const missing = this.registeredArguments.find((a, i) => a.required && this.args[i] === undefined);
        return missing === undefined ? w.other(message) : w.missingArgument(missing.name());
      }
      case "commander.optionMissingArgument":
        return m?.at === "option-value" ? w.optionMissingArgument(m.option.flags) : w.other(message);
      case "commander.missingMandatoryOptionValue": {
        const missing = this.options.find(
          (o) => o.mandatory && this.getOptionValue(o.attributeName()) === undefined,
        );
        return missing === undefined ? w.other(message) : w.missingMandatoryOptionValue(missing.flags);
      }
      case "commander.excessArguments":
        return w.excessArguments(
          this.parent === null ? undefined : this.name(),
          this.registeredArguments.length,
          this.args.length,
        );
      case "commander.invalidArgument":
        if (m?.at !== "parse") return w.other(message);
        return m.target.argChoices !== undefined && !m.target.argChoices.includes(m.value)
          ? w.invalidChoice(what(m.target), m.value, m.target.argChoices)
          : w.invalidValue(what(m.target), m.value, m.why);
      case "commander.conflictingOption":
        return m?.at === "conflict"
          ? w.conflictingOption(sourceOf(m.option), sourceOf(m.other))
          : w.other(message);
      default:
        return message;
    }
  }
}
