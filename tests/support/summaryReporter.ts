import type { Reporter, RunnerTask, RunnerTestFile } from "vitest";

/**
 * Prints one plain closing line, `Summary: N passed, N failed, N skipped`, after vitest's own
 * output, so that CI logs can be read without knowing vitest's format.
 */
const count = (tasks: readonly RunnerTask[], acc = { passed: 0, failed: 0, skipped: 0 }) => {
  for (const task of tasks) {
    if (task.type === "suite") {
      count(task.tasks, acc);
      continue;
    }
    const state = task.result?.state;
    if (state === "pass") acc.passed++;
    else if (state === "fail") acc.failed++;
    else acc.skipped++;
  }
  return acc;
};

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const { passed, failed, skipped } = count(files);
    const failedFiles = files.filter((f) => f.result?.state === "fail" && f.tasks.length === 0).length;
    process.stdout.write(
      `\nSummary: ${passed} passed, ${failed + failedFiles + errors.length} failed, ${skipped} skipped\n`,
    );
  }
}
