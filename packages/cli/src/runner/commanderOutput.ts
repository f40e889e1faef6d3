import type { OutputConfiguration } from "commander";
import { EXIT } from "../exitCodes";
import type { CommandIo } from "../io/commandIo";
import { PREFIX } from "./cliFailure";

/** `--json` among the words before a `--` separator. */
export const asksForJson = (argv: readonly string[]): boolean => {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
};

/**
 * commander's own usage errors (an unknown option, a missing value) on the CLI's one error
 * surface: the same prefix as every other mistake, and under --json the same
 * `{ ok: false, error }` object on stdout that `reportFailure` prints.
 */
export const commanderOutput = (io: CommandIo, argv: readonly string[]): OutputConfiguration => {
  const json = asksForJson(argv);
  return {
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text, write) => {
      const message = text.replace(/^error: /, "").replace(/\n$/, "");
      if (json)
        io.out(
          JSON.stringify({ ok: false, error: { kind: "usage", exitCode: EXIT.usage, message } }, null, 2),
        );
      else write(`${PREFIX}${message}\n`);
    },
  };
};
