import type { CommanderWords } from "./commander.en";

const quoted = (s: string) => `'${s}'`;
const didYouMean = (closest: string | undefined) => (closest === undefined ? "" : ` (bedoelt u ${closest}?)`);

/** commander's eigen gebruiksfouten, in het Nederlands: dezelfde sleutels als `commander.en.ts`. */
export const commanderNl: CommanderWords = {
  unknownOption: (flag, closest) => `onbekende optie ${quoted(flag)}${didYouMean(closest)}`,
  unknownCommand: (name, closest) =>
    `onbekende opdracht ${quoted(name)}${didYouMean(closest)}; grant-ledger --help noemt ze allemaal`,
  missingArgument: (name) => `verplicht argument ${quoted(name)} ontbreekt`,
  optionMissingArgument: (flags) => `optie ${quoted(flags)} heeft een waarde nodig`,
  missingMandatoryOptionValue: (flags) => `verplichte optie ${quoted(flags)} ontbreekt`,
  excessArguments: (command, expected, received) =>
    `te veel argumenten${command === undefined ? "" : ` voor ${quoted(command)}`}: verwacht ${expected} ${expected === 1 ? "argument" : "argumenten"}, gekregen ${received}`,
  invalidChoice: (what, value, choices) =>
    `${what}: ${quoted(value)} is geen van de keuzes (${choices.join(", ")})`,
  invalidValue: (what, value, why) => `${what}: ${quoted(value)} is ongeldig: ${why}`,
  conflictingOption: (what, other) => `${what} gaat niet samen met ${other}`,
  option: (flags) => `optie ${quoted(flags)}`,
  argument: (name) => `argument ${quoted(name)}`,
  envVariable: (name) => `omgevingsvariabele ${quoted(name)}`,
  reasons: { byteCount: "verwacht een positief geheel aantal bytes, zoals 1048576" },
  other: (message) => message,
};
