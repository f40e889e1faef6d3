import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("grant-ledger-service (the bin)", () => {
  it("without --demo makes keys, serves an empty store, and stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "service-bin-"));
    const child = spawn(process.execPath, ["--import", "tsx", "services/api/src/bin.ts"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const m = /service on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m !== null) resolve(m[1] as string);
      });
      child.stderr.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(output).not.toContain("demo:");
      expect(existsSync(join(dataDir, "token-private.pem"))).toBe(true);
      expect(existsSync(join(dataDir, "demo-tokens.json"))).toBe(false);
    } finally {
      child.removeAllListeners("exit");
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });

  it("refuses an unknown option with exit code 2 and the usage", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "services/api/src/bin.ts", "--seed"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain("usage: grant-ledger-service [--demo]");
  });
});
