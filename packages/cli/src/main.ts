#!/usr/bin/env node
import { processIo } from "./io/commandIo";
import { buildProgram } from "./program";
import { exitForFailure } from "./runner/failure";

// The exit code is set by each command (see README: exit codes are part of the interface).
buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.exitCode = exitForFailure(error, processIo);
  });
