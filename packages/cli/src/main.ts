#!/usr/bin/env -S npx tsx
import { buildProgram } from "./program";

// The exit code is set by each command (see README: exit codes are part of the interface).
buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`grant-ledger: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 2;
  });
