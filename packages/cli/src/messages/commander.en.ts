/**
 * commander's own usage errors (issue 18), worded from their data and keyed by commander's
 * error code (`commander.unknownOption`, ...), never by its English text.
 */
export interface CommanderWords {
  /** `closest` is the nearest known flag or command, if one is near enough to be a typo. */
  readonly unknownOption: (flag: string, closest: string | undefined) => string;
  readonly unknownCommand: (name: string, closest: string | undefined) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingArgument: (flags: string) => string;
  readonly missingMandatoryOptionValue: (flags: string) => string;
  /** `command` is undefined for the program itself. */
  readonly excessArguments: (command: string | undefined, expected: number, received: number) => string;
  /** `what` names the option (`option '--lang <lang>'`) or argument: see `option` and `argument`. */
  readonly invalidChoice: (what: string, value: string, choices: readonly string[]) => string;
  readonly invalidValue: (what: string, value: string, why: string) => string;
  readonly conflictingOption: (what: string, other: string) => string;
  readonly option: (flags: string) => string;
  readonly argument: (name: string) => string;
  readonly envVariable: (name: string) => string;
  /** Why a value of the CLI's own argument parsers is refused (see `CliArgumentError`). */
  readonly reasons: { readonly byteCount: string };
  /** A code this catalogue does not know yet (a newer commander): its own message. */
  readonly other: (message: string) => string;
}

const quoted = (s: string) => `'${s}'`;
const didYouMean = (closest: string | undefined) =>
  closest === undefined ? "" : ` (did you mean ${closest}?)`;

export const commanderEn: CommanderWords = {
  unknownOption: (flag, closest) => `unknown option ${quoted(flag)}${didYouMean(closest)}`,
  unknownCommand: (name, closest) =>
    `unknown command ${quoted(name)}${didYouMean(closest)}; grant-ledger --help lists them`,
  missingArgument: (name) => `missing required argument ${quoted(name)}`,
  optionMissingArgument: (flags) => `option ${quoted(flags)} needs a value`,
  missingMandatoryOptionValue: (flags) => `required option ${quoted(flags)} not given`,
  excessArguments: (command, expected, received) =>
    `too many arguments${command === undefined ? "" : ` for ${quoted(command)}`}: expected ${expected} argument${expected === 1 ? "" : "s"}, got ${received}`,
  invalidChoice: (what, value, choices) =>
    `${what}: ${quoted(value)} is not one of the choices (${choices.join(", ")})`,
  invalidValue: (what, value, why) => `${what}: ${quoted(value)} is invalid: ${why}`,
  conflictingOption: (what, other) => `${what} cannot be used with ${other}`,
  option: (flags) => `option ${quoted(flags)}`,
  argument: (name) => `argument ${quoted(name)}`,
  envVariable: (name) => `environment variable ${quoted(name)}`,
  reasons: { byteCount: "expected a positive whole number of bytes, such as 1048576" },
  other: (message) => message,
};
