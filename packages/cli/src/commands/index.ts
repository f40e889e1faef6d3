import type { Command } from "commander";
import * as reconcile from "./reconcile";

/**
 * Each command lives in its own file and exports `register(program)`.
 * Add one line here per command.
 */
export const registerCommands = (program: Command): void => {
  void program;
  reconcile.register(program);
};
