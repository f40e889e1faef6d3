import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * `pnpm test:reliability`: the reliability probes in `tests/reliability` at full size. Each
 * probe stops at its own time budget; the timeout here is the backstop that ends a hung one.
 * (Spread, not mergeConfig: that would add to the base `include` instead of replacing it.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/reliability/**/*.test.ts"],
    env: { GRANT_LEDGER_RELIABILITY: "full" },
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
