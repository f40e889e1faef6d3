/** The table `pnpm bench:peer` prints, and grant-ledger's ratio to each Emmett run of the same workload. */
import { rate } from "../../store-sqlite/bench/measure";

export interface Result {
  readonly workload: string;
  readonly system: string;
  readonly unit: "commands" | "events";
  readonly count: number;
  readonly failed: number;
  readonly firstError?: string | undefined;
  readonly secs: number;
  readonly cpuSecs: number;
}

const perSecond = (r: Result) => r.count / r.secs;
const perCpuSecond = (r: Result) => r.count / r.cpuSecs;

const describe = (r: Result) => {
  const perItem =
    r.unit === "commands" && r.count > 0 && r.count < 200
      ? `  ${((1000 * r.secs) / r.count).toFixed(1)} ms each`
      : "";
  const failures = r.failed > 0 ? `  FAILED ${r.failed} (${r.firstError})` : "";
  return (
    `  ${r.system.padEnd(28)} ${String(r.count).padStart(7)} ${r.unit} ${r.secs.toFixed(2).padStart(7)} s ` +
    `${rate(r.count, r.secs).padStart(8)}/s  CPU ${rate(r.count, r.cpuSecs).padStart(8)}/CPU-s${perItem}${failures}`
  );
};

/**
 * Ratios by wall time, and by this process's CPU time: on a machine shared with other work the
 * second is the steadier one for CPU-bound runs; durable runs wait on fsync, which costs wall
 * time and no CPU, so there the wall ratio is the one that counts.
 */
export const printResults = (results: readonly Result[]): void => {
  const workloads = [...new Set(results.map((r) => r.workload))];
  for (const workload of workloads) {
    const rows = results.filter((r) => r.workload === workload);
    console.log(workload);
    for (const r of rows) console.log(describe(r));
    const ours = rows.filter((r) => r.system.startsWith("grant-ledger"));
    const theirs = rows.filter((r) => r.system.startsWith("Emmett"));
    for (const o of ours) {
      const ratios = theirs.map((t) =>
        t.failed > 0 && t.count === 0
          ? `${t.system}: Emmett failed`
          : `${(perSecond(o) / perSecond(t)).toFixed(2)}× ${t.system} (per CPU-second ${(perCpuSecond(o) / perCpuSecond(t)).toFixed(2)}×)` +
            (t.failed > 0 ? " (which failed some)" : ""),
      );
      console.log(`    ${o.system}: ${ratios.join(", ")}`);
    }
  }
};
