import { readFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";

/** What the figures were measured on, for docs/benchmarks.md. */
export const describeMachine = (): string => {
  const cpuinfo = (() => {
    try {
      return readFileSync("/proc/cpuinfo", "utf8");
    } catch {
      return "";
    }
  })();
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown";
  return [
    `nproc ${availableParallelism()}`,
    `CPU ${model.trim()}`,
    `RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node ${process.version}`,
    `${process.platform} ${process.arch}`,
  ].join(", ");
};
