import type { Command } from "commander";
import { describe, expect, it } from "vitest";
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

describe("--help of every command", () => {
  const commands = walk(buildProgram());

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

  it.each(commands)("%s --help gives its exit codes", (_name, command) => {
    const help = helpOf(command);
    expect(help).toMatch(/Exit codes?:/);
    expect(help).toMatch(/\b0\b/);
    expect(help).toMatch(/\b2\b/);
  });
});
