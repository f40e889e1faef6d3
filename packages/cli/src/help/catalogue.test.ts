import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECTIONS } from "../commands/rebuild";
import { LANGS } from "../messages/catalogue";
import { buildProgram } from "../program";
import { type CommandWords, helpCatalogueFor } from "./commandHelp";
import { commandsOf } from "./helpLayout";
import { SHARED_OPTIONS as SHARED_EN } from "./shared.en";
import { SHARED_OPTIONS as SHARED_NL } from "./shared.nl";

/** commander's own options: worded by `helpLayout` and the program's messages, not per command. */
const COMMANDER_OWN = new Set(["--help", "--version"]);

/** What the help catalogue says a command has, and what the registered command has, as keys. */
const keysOf = (words: CommandWords) => [
  ...Object.keys(words.options).map((long) => `option ${long}`),
  ...Object.keys(words.arguments ?? {}).map((name) => `argument <${name}>`),
];

/**
 * The help catalogue of each language against the commands as registered in that language:
 * the same commands, options and arguments in both directions, and every text printed the
 * catalogue's (a command that passed its own words would differ).
 */
describe.each(LANGS)("the %s help catalogue against the registered commands", (lang) => {
  const catalogue = helpCatalogueFor(lang) as unknown as Readonly<Record<string, CommandWords>>;
  const commands = commandsOf(buildProgram(["--lang", lang]));

  it("has an entry for every command and a command for every entry", () => {
    expect(Object.keys(catalogue).sort()).toEqual(commands.map(([path]) => path).sort());
  });

  it.each(commands)("%s: options and arguments are the catalogue's, with its words", (path, command) => {
    const words = catalogue[path];
    expect(words, `${path} is not in the catalogue`).toBeDefined();
    if (words === undefined) return;
    const registered = Object.fromEntries([
      ...command.options
        .filter((o) => o.long !== undefined && !COMMANDER_OWN.has(o.long))
        .map((o) => [`option ${o.long}`, o.description]),
      ...command.registeredArguments.map((a) => [`argument <${a.name()}>`, a.description]),
    ]);
    const catalogued = Object.fromEntries(
      keysOf(words).map((k) => {
        const [kind, name] = k.split(" ") as [string, string];
        return [k, kind === "option" ? words.options[name] : words.arguments?.[name.slice(1, -1)]];
      }),
    );
    expect(registered).toEqual(catalogued);
    expect(command.description()).toBe(words.description);
  });
});

describe("the help catalogues of the two languages", () => {
  const [nl, en] = LANGS.map((l) => helpCatalogueFor(l) as unknown as Record<string, CommandWords>);

  // The types already say so; this guards against a cast slipping in.
  it("have the same commands, options and arguments", () => {
    const shape = (c: Record<string, CommandWords>) =>
      Object.entries(c).map(([path, w]) => [path, keysOf(w).sort()]);
    expect(shape(nl!)).toEqual(shape(en!));
  });

  it("use every shared option text somewhere", () => {
    for (const [c, shared] of [
      [nl!, SHARED_NL],
      [en!, SHARED_EN],
    ] as const) {
      const used = new Set(Object.values(c).flatMap((w) => Object.values(w.options)));
      expect(Object.entries(shared).filter(([, text]) => !used.has(text))).toEqual([]);
    }
  });

  // The one list the catalogue spells out instead of reading it (the catalogue imports no command).
  it("name every projection rebuild knows", () => {
    for (const c of [nl!, en!])
      for (const p of PROJECTIONS) expect(c.rebuild?.options["--projection"]).toContain(p.name);
  });

  it("end every command's text after the options with its exit codes", () => {
    for (const [path, w] of Object.entries(en!)) expect(w.after, path).toMatch(/Exit codes?:/);
    for (const [path, w] of Object.entries(nl!)) expect(w.after, path).toMatch(/Afsluitcodes:/);
  });
});

/** Files that define commands or their shared options: they take words, never write them. */
const DEFINING_DIRS = ["commands", "agreement", "io", "views", "store", "runner"];
const sourceFiles = (): [string, string][] => {
  const src = join(import.meta.dirname, "..");
  return DEFINING_DIRS.flatMap((dir) =>
    readdirSync(join(src, dir))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f): [string, string] => [`${dir}/${f}`, readFileSync(join(src, dir, f), "utf8")]),
  );
};

const QUOTE = "[\"'`]";
/** Help prose passed as a literal: a description, the words of an option or argument, help text. */
const LITERAL_HELP = [
  new RegExp(`\\.(description|summary)\\(\\s*${QUOTE}`),
  new RegExp(
    `(\\.option|\\.requiredOption|new Option|\\.argument|new Argument)\\(\\s*${QUOTE}[^"'\`]*${QUOTE}\\s*,\\s*${QUOTE}`,
  ),
  new RegExp(`\\.addHelpText\\(\\s*${QUOTE}\\w+${QUOTE}\\s*,\\s*${QUOTE}`),
  new RegExp(`\\.helpOption\\(\\s*${QUOTE}[^"'\`]*${QUOTE}\\s*,\\s*${QUOTE}`),
];

describe("command definitions", () => {
  it("take every help word from the catalogue, none as a string literal", () => {
    const offending = sourceFiles().flatMap(([file, text]) =>
      text.split("\n").flatMap((line, i) => {
        // Joined with the next line: a literal may start on the line after the call.
        const next = `${line}${text.split("\n")[i + 1]?.trim() ?? ""}`;
        return LITERAL_HELP.some((pattern) => pattern.test(line) || pattern.test(next))
          ? [`${file}:${i + 1}: ${line.trim()}`]
          : [];
      }),
    );
    expect(offending).toEqual([]);
  });

  it("are found by the scan (it reads the command files)", () => {
    const files = sourceFiles().map(([file]) => file);
    expect(files).toContain("commands/verify.ts");
    expect(files).toContain("agreement/ledgerCommand.ts");
    expect(LITERAL_HELP.some((p) => p.test('.option("--stream <id>", "verify only this stream")'))).toBe(
      true,
    );
    expect(LITERAL_HELP.some((p) => p.test('.description("check the chain")'))).toBe(true);
    expect(LITERAL_HELP.some((p) => p.test('.addHelpText("after", `\\nExit codes: 0`)'))).toBe(true);
  });
});
