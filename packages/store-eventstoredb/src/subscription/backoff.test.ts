import { describe, expect, it } from "vitest";
import { delayFor, sleep } from "./backoff";

describe("resubscribe backoff", () => {
  it("doubles from the initial delay and stays at the cap", () => {
    const policy = { initialDelayMs: 100, maxDelayMs: 1_000, maxAttempts: 10 };
    expect([1, 2, 3, 4, 5, 6, 30].map((attempt) => delayFor(policy, attempt))).toEqual([
      100, 200, 400, 800, 1_000, 1_000, 1_000,
    ]);
  });

  it("wakes early when interrupted", async () => {
    let interrupt: () => void = () => undefined;
    const interrupted = new Promise<void>((resolve) => {
      interrupt = resolve;
    });
    const sleeping = sleep(3_600_000, interrupted);
    interrupt();
    await expect(sleeping).resolves.toBeUndefined();
  });
});
