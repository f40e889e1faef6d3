import type { Command } from "commander";
import * as importCommand from "./import";
import * as reconcile from "./reconcile";

/**
 * Each command lives in its own file and exports `register(program)`.
 * Add one line here per command.
 */
export const registerCommands = (program: Command): void => {
  void program;
  reconcile.register(program);
  importCommand.register(program);
};
