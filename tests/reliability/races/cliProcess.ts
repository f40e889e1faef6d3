import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CliRun, runCliProcess } from "@grant-ledger/cli/testing";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const emmenFixture = join(root, "tests", "fixtures", "emmen-2007");
export type { CliRun };

/** The real `grant-ledger` binary in its own process (tsx), killed if it outlives `timeoutMs`. */
export const cli = (args: readonly string[], timeoutMs = 60_000): Promise<CliRun> =>
  runCliProcess(args, { cwd: root, timeoutMs });
