/**
 * `pnpm bench`: each benchmark runs in its own child process, so that peak RSS is measured
 * per benchmark. BENCH_EVENTS (default 1,000,000) scales the replay; BENCH_COMMANDS_SINGLE,
 * BENCH_COMMANDS_CONCURRENT, BENCH_COMMANDS_CACHED_SINGLE and BENCH_COMMANDS_CACHED scale the
 * command benchmark; BENCH_LONG_EVENTS and BENCH_LONG_COMMANDS the long-stream command benchmark;
 * BENCH_PROOFS the number of inclusion and consistency proofs asked of the replay store;
 * BENCH_BUNDLE_EVENTS the agreement written into a copy of it for the audit-bundle benchmark.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine";

const here = dirname(fileURLToPath(import.meta.url));
const runChild = (script: string): void => {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(here, script)], {
    cwd: join(here, ".."),
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    throw new Error(`${script} failed with exit code ${result.status ?? result.signal}`);
  }
};

console.log(`store-sqlite benchmarks on: ${describeMachine()}`);
runChild("replay/generateReplayFixture.ts");
runChild("replay/replayBench.ts");
runChild("proofs/proofsBench.ts");
runChild("proofs/bundleBench.ts");
runChild("commands/commandsBench.ts");
runChild("commands/longStreamBench.ts");
