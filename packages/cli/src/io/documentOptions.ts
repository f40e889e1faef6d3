import type { ReadLimits } from "@grant-ledger/importer";
import type { Command } from "commander";
import type { OptionWords } from "../help/commandHelp";
import { CliArgumentError } from "../runner/cliCommand";

export interface DocumentFlags {
  readonly tablesUnder?: string;
  readonly maxTableBytes?: number;
}

const byteCount = (raw: string): number => {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) throw new CliArgumentError("byteCount");
  return n;
};

/** What `reconcile` and `import` may read: the same two options, the same meaning. */
export const withDocumentOptions = (
  command: Command,
  words: OptionWords<"--tables-under" | "--max-table-bytes">,
): Command =>
  command
    .option("--tables-under <dir>", words.options["--tables-under"])
    .option("--max-table-bytes <n>", words.options["--max-table-bytes"], byteCount);

export const readLimitsOf = (flags: DocumentFlags): ReadLimits => ({
  tablesUnder: flags.tablesUnder,
  maxTableBytes: flags.maxTableBytes,
});
