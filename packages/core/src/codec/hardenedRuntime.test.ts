import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./hardenedRuntime.testSupport.ts", import.meta.url));

describe("a runtime that refuses code generation from strings", () => {
  it("decodes stored events with the closure decoders, and still refuses bad ones", () => {
    const out = execFileSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", "--import", "tsx", script],
      { encoding: "utf8" },
    );
    const result = JSON.parse(out) as { decoded: number; of: number; brokenRefused: boolean };
    expect(result.of).toBeGreaterThan(0);
    expect(result).toEqual({ decoded: result.of, of: result.of, brokenRefused: true });
  }, 60_000);
});
