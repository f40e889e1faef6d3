import { DEFAULT_MAX_TABLE_BYTES, type ReadLimits } from "@grant-ledger/importer";
import type { Command } from "commander";
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
export const withDocumentOptions = (command: Command): Command =>
  command
    .option(
      "--tables-under <dir>",
      "read tables only from under this folder (default: the manifest's folder; symlinks resolved)",
    )
    .option(
      "--max-table-bytes <n>",
      `refuse a table file larger than this (default ${DEFAULT_MAX_TABLE_BYTES})`,
      byteCount,
    );

export const readLimitsOf = (flags: DocumentFlags): ReadLimits => ({
  tablesUnder: flags.tablesUnder,
  maxTableBytes: flags.maxTableBytes,
});

export const DOCUMENT_HELP = `
Tables are read only when they are regular files under the manifest's folder (or --tables-under)
and at most --max-table-bytes long; anything else (a FIFO, a device, ../ outside the folder, a
symlink out of it) is refused naming the path, exit 2. The manifest is at most 1 MiB and 32 levels
of JSON deep.`;
