import type { Command } from "commander";
import { openStore } from "../store/openStore";
import { defineDecision } from "./approve";
import { type StoreOpener, runDefined } from "./reallocate";
import { type CommandIo, processIo } from "./reconcile";

const define = defineDecision("reject", "RejectReallocation", "reject a pending reallocation, with a reason");

export const register = (program: Command): void =>
  define(program, processIo, openStore, (code) => {
    process.exitCode = code;
  });

export const rejectCli = (
  argv: readonly string[],
  io: CommandIo = processIo,
  open: StoreOpener = openStore,
) => runDefined("reject", define, argv, io, open);
