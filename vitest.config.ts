import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "services/*/src/**/*.test.ts",
      "tests/**/*.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Child-process and store tests write files: keep workers few on 2-core machines.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: "forks",
    reporters: ["default", "./tests/support/summaryReporter.ts"],
    globalSetup: ["./tests/support/tempRoot.ts"],
  },
});
