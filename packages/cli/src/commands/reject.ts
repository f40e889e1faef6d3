import type { Command } from "commander";
import { type CommandIo, processIo } from "../io/commandIo";
import { runDefined } from "../runner/runCommand";
import { openStore } from "../store/openStore";
import type { StoreOpener } from "../store/storeAccess";
import { defineDecision } from "./approve";

const define = defineDecision("reject", "RejectReallocation");

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const rejectCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("reject", define, argv, io, open);
