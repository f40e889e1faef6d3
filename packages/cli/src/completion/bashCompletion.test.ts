import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commandsOf } from "../help/helpLayout";
import { buildProgram } from "../program";
import { bashCompletion } from "./bashCompletion";

describe("grant-ledger completion bash", () => {
  const program = buildProgram(["completion", "bash"]);
  const script = bashCompletion(program);
  const commands = commandsOf(program);

  it("is a command of the program", () => {
    expect(commands.map(([path]) => path)).toContain("completion");
  });

  it("lists every command and subcommand, each with its long options", () => {
    expect(commands.length).toBeGreaterThan(30);
    for (const [path, command] of commands) {
      expect(script).toContain(`    ${JSON.stringify(path)}) return 0 ;;`);
      const line = script.split("\n").find((l) => l.startsWith(`    ${JSON.stringify(path)}) words=`));
      for (const option of command.options)
        if (option.long !== undefined && !option.hidden) expect(line).toContain(option.long);
    }
  });

  it("is a script bash accepts, and completes a command's options", () => {
    const out = execFileSync(
      "bash",
      [
        "-c",
        `${script}\nCOMP_WORDS=(grant-ledger checkpoint keygen --o); COMP_CWORD=3; _grant_ledger; echo "\${COMPREPLY[*]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(out.trim()).toBe("--out-dir");
  });
});
