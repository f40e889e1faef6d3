import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { commandsOf } from "./help/helpLayout";
import { LANG_ENV, langFromArgv } from "./messages/catalogue";
import { buildProgram } from "./program";
import { storeUrlForms } from "./store/storeAccess";

/** Every command and subcommand, with its full name (`checkpoint keygen`). */
const walk = (command: Command, prefix = ""): [string, Command][] =>
  command.commands.flatMap((c) => {
    const name = `${prefix}${c.name()}`;
    return [[name, c] as [string, Command], ...walk(c, `${name} `)];
  });

/** What `<command> --help` prints, including the text added after the options. */
const helpOf = (command: Command): string => {
  const parts: string[] = [];
  command.configureOutput({ writeOut: (s) => parts.push(s), writeErr: (s) => parts.push(s) });
  command.outputHelp();
  return parts.join("");
};

describe.each([
  ["nl", [] as string[], /Afsluitcodes:/],
  ["en", ["--lang", "en"], /Exit codes?:/],
] as const)("--help of every command in %s", (lang, argv, exitCodes) => {
  const commands = walk(buildProgram(argv));

  it("finds the commands (the walk itself works)", () => {
    const names = commands.map(([name]) => name);
    for (const expected of [
      "propose",
      "negotiate",
      "sign",
      "report-result",
      "amend",
      "close",
      "verify",
      "checkpoint keygen",
    ])
      expect(names).toContain(expected);
  });

  it.each(commands)(`%s --help gives its exit codes (${lang})`, (_name, command) => {
    const help = helpOf(command);
    expect(help).toMatch(exitCodes);
    expect(help).toMatch(/\b0\b/);
    expect(help).toMatch(/\b2\b/);
    // One language per help text: the other's exit-code heading never shows.
    expect(help).not.toMatch(lang === "nl" ? /Exit codes?:/ : /Afsluitcodes:/);
  });

  // Every URL form openStore reads, named once (storeAccess.ts): esdb:// works wherever --store is a store URL.
  it.each(
    commands.filter(([, c]) => c.options.some((o) => o.long === "--store" && o.defaultValue !== undefined)),
  )(`%s --help names every store URL form (${lang})`, (_name, command) => {
    expect(command.options.find((o) => o.long === "--store")?.description).toContain(
      storeUrlForms(lang === "nl" ? "<bestand>" : "<file>"),
    );
  });
});

describe("the language of the help text", () => {
  it("is read from argv before commander parses it, else from GRANT_LEDGER_LANG, else Dutch", () => {
    expect(langFromArgv(["reconcile", "--help"], {})).toBe("nl");
    expect(langFromArgv(["reconcile", "--lang", "en", "--help"], {})).toBe("en");
    expect(langFromArgv(["reconcile", "--lang=en"], {})).toBe("en");
    expect(langFromArgv(["reconcile"], { [LANG_ENV]: "en" })).toBe("en");
    expect(langFromArgv(["--lang", "nl"], { [LANG_ENV]: "en" })).toBe("nl");
  });

  it("words the program's own help in the language asked for", () => {
    expect(buildProgram(["--lang", "en", "--help"]).description()).toMatch(/^Event-sourced ledger/);
    expect(buildProgram(["--lang", "nl", "--help"]).description()).toMatch(/^grootboek/i);
  });
});

describe("commander's own words in the help", () => {
  const sample = (argv: string[]) =>
    helpOf(commandsOf(buildProgram(argv)).find(([p]) => p === "reconcile")![1]);

  it("are Dutch in Dutch help: Gebruik, Argumenten, Opties", () => {
    const help = sample([]);
    expect(help).toMatch(/^Gebruik: grant-ledger reconcile \[opties\] <manifest>/);
    expect(help).toMatch(/^Argumenten:$/m);
    expect(help).toMatch(/^Opties:$/m);
    expect(help).not.toMatch(/Usage:|Options:|Arguments:|display help/);
    const top: string[] = [];
    const program = buildProgram([]);
    program.configureOutput({ writeOut: (s) => top.push(s) });
    program.outputHelp();
    expect(top.join("")).toMatch(/^Opdrachten:$/m);
    expect(top.join("")).toMatch(/\[opdracht\]/);
  });

  it("stay commander's English with --lang en", () => {
    const help = sample(["--lang", "en"]);
    expect(help).toMatch(/^Usage: grant-ledger reconcile \[options\] <manifest>/);
    expect(help).toMatch(/^Options:$/m);
    expect(help).toMatch(/display help for command/);
  });

  it("word an option's choices and default in the help's language", () => {
    const verify = (argv: string[]) =>
      helpOf(commandsOf(buildProgram(argv)).find(([p]) => p === "verify")![1]);
    expect(verify([])).toMatch(/keuze\s+uit: "nl", "en", standaard: "nl"/);
    expect(verify(["--lang", "en"])).toMatch(/choices:\s+"nl",\s+"en",\s+default:\s+"nl"/);
  });
});
