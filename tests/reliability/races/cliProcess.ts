import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const main = join(root, "packages", "cli", "src", "main.ts");
export const emmenFixture = join(root, "tests", "fixtures", "emmen-2007");

export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** The real `grant-ledger` binary in its own process (tsx), killed if it outlives `timeoutMs`. */
export const cli = (args: readonly string[], timeoutMs = 60_000): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", main, ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
