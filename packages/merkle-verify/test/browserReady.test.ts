import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json";

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")
        ? [join(dir, entry.name)]
        : [],
  );

describe("the verifier runs in a browser as it is", () => {
  it("imports nothing from node: or any package, and uses no Buffer", () => {
    const files = sources(join(__dirname, "../src"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      // Comments may name what the code avoids.
      const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
      expect(
        imports.filter((i) => !i.startsWith(".")),
        file,
      ).toEqual([]);
      expect(/\bBuffer\b|\bprocess\./.test(text), file).toBe(false);
    }
    expect("dependencies" in packageJson).toBe(false);
  });
});
