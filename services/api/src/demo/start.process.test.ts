import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

describe("pnpm start", () => {
  it("on an empty data directory makes keys, the demo year and tokens, serves, and stops on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "start-"));
    const child = spawn(process.execPath, ["--import", "tsx", "services/api/src/demo/start.ts"], {
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
      expect(output).toContain("demo-2 approved by the alderman");
      const tokens = JSON.parse(readFileSync(join(dataDir, "demo-tokens.json"), "utf8")) as Record<
        string,
        { token: string; organisation: string; role: string }
      >;
      expect(Object.keys(tokens).sort()).toEqual([
        "alderman",
        "auditor",
        "municipality-officer",
        "other-municipality-officer",
        "provider-planner",
      ]);
      expect(existsSync(join(dataDir, "service.db"))).toBe(true);
      expect(statSync(join(dataDir, "token-private.pem")).mode & 0o077).toBe(0);
      const seen = async (name: string) => {
        const res = await fetch(`${url}/agreements`, {
          headers: { authorization: `Bearer ${tokens[name]?.token}` },
        });
        return ((await res.json()) as { items: { agreementId: string }[] }).items.map((i) => i.agreementId);
      };
      expect(await seen("auditor")).toEqual(["emmen-sedna-2007"]);
      expect(await seen("other-municipality-officer")).toEqual([]);
      const realised = await fetch(`${url}/agreements/emmen-sedna-2007/realisation?period=2007-H1`, {
        headers: { authorization: `Bearer ${tokens.auditor?.token}` },
      });
      expect(((await realised.json()) as { periods: unknown[] }).periods).toHaveLength(1);
    } finally {
      child.removeAllListeners("exit");
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
