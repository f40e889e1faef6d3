import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest global setup: every temporary file a test makes (stores, fixture copies, keys) goes
 * under one directory per run, removed when the run ends, so test runs leave nothing behind
 * in the machine's temp directory. `os.tmpdir()` reads TMPDIR on every call and the test
 * workers inherit it.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "grant-ledger-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    // Assigning undefined would store the string "undefined" in the environment.
    if (before === undefined) Reflect.deleteProperty(process.env, "TMPDIR");
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
