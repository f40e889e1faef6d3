import type { Command } from "commander";

/**
 * Each command lives in its own file and exports `register(program)`.
 * Add one line here per command.
 */
export const registerCommands = (program: Command): void => {
  void program;
};
