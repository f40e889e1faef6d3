import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { dutchHelpOf } from "./help/localHelp";
import { LANG_ENV, langFromArgv } from "./messages/catalogue";
import { buildProgram } from "./program";

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

  if (lang === "nl")
    it.each(commands)("%s has its Dutch description in the catalogue", (name, command) => {
      expect(dutchHelpOf(name)?.description).toBe(command.description());
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
