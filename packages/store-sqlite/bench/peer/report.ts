/** The table `pnpm bench:peer` prints, and grant-ledger's ratio to each Emmett run of the same workload. */
import { rate } from "../measure";

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

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One system on one workload over the rounds: the median run by wall time and by CPU time. */
interface Summary {
  readonly system: string;
  readonly runs: readonly Result[];
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

const summarise = (system: string, runs: readonly Result[]): Summary => ({
  system,
  runs,
  perSecond: median(runs.map((r) => r.count / r.secs)),
  perCpuSecond: median(runs.map((r) => r.count / r.cpuSecs)),
});

const describe = (s: Summary) => {
  const first = s.runs[0]!;
  const failed = s.runs.reduce((n, r) => n + r.failed, 0);
  const perItem =
    first.unit === "commands" && s.perSecond > 0 && first.count < 200
      ? `  ${(1000 / s.perSecond).toFixed(1)} ms each`
      : "";
  const failures =
    failed > 0 ? `  FAILED ${failed} in all (${s.runs.find((r) => r.firstError)?.firstError})` : "";
  const each = s.runs.map((r) => rate(r.count, r.secs)).join(" / ");
  return (
    `  ${s.system.padEnd(28)} median ${rate(s.perSecond, 1).padStart(8)} ${first.unit}/s  ` +
    `CPU ${rate(s.perCpuSecond, 1).padStart(8)}/CPU-s${perItem}  (runs: ${each} ${first.unit}/s, ` +
    `${first.count} ${first.unit} each)${failures}`
  );
};

/**
 * Ratios of the medians, by wall time and by this process's CPU time: on a machine shared with
 * other work the second is the steadier one for CPU-bound runs; durable runs wait on fsync,
 * which costs wall time and no CPU, so there the wall ratio is the one that counts.
 */
export const printResults = (results: readonly Result[]): void => {
  const workloads = [...new Set(results.map((r) => r.workload))];
  for (const workload of workloads) {
    const rows = results.filter((r) => r.workload === workload);
    const summaries = [...new Set(rows.map((r) => r.system))].map((system) =>
      summarise(
        system,
        rows.filter((r) => r.system === system),
      ),
    );
    console.log(workload);
    for (const s of summaries) console.log(describe(s));
    const ours = summaries.filter((s) => s.system.startsWith("grant-ledger"));
    const theirs = summaries.filter((s) => s.system.startsWith("Emmett"));
    for (const o of ours) {
      const ratios = theirs.map((t) =>
        t.perSecond === 0
          ? `${t.system}: Emmett failed`
          : `${(o.perSecond / t.perSecond).toFixed(2)}× ${t.system} (per CPU-second ${(o.perCpuSecond / t.perCpuSecond).toFixed(2)}×)`,
      );
      console.log(`    ${o.system}: ${ratios.join(", ")}`);
    }
  }
};
