import { describe, expect, it } from "vitest";
import { LANGS, messagesFor } from "../messages/catalogue";
import { INVOKED_AS_ENV, cliCommand, invocationOf } from "./invocation";

describe("invocationOf: how the CLI was started", () => {
  it("takes what the root scripts say", () => {
    expect(invocationOf({ [INVOKED_AS_ENV]: "pnpm", npm_command: "exec" })).toBe("pnpm");
    expect(cliCommand({ [INVOKED_AS_ENV]: "pnpm" })).toBe("pnpm grant-ledger");
  });

  it("recognises npx (npm exec) by npm_command", () => {
    expect(invocationOf({ npm_command: "exec" })).toBe("npx");
    expect(cliCommand({ npm_command: "exec" })).toBe("npx grant-ledger");
  });

  it("is the installed bin otherwise, and when the variable holds something it does not know", () => {
    expect(invocationOf({})).toBe("installed");
    expect(invocationOf({ [INVOKED_AS_ENV]: "yarn", npm_command: "run-script" })).toBe("installed");
    expect(cliCommand({})).toBe("grant-ledger");
  });
});

describe("the demo's next step, in both catalogues", () => {
  it("names the command as it was started", () => {
    for (const lang of LANGS) {
      const next = messagesFor(lang).demo.next;
      expect(next(cliCommand({ npm_command: "exec" }))).toContain("npx grant-ledger --help");
      expect(next(cliCommand({}))).toMatch(/: grant-ledger --help/);
    }
  });
});
