import { tmpdir } from "node:os";
import { join } from "node:path";

export const EVENTS_PER_AGREEMENT = 100;

/** Bump when the generated history changes, so stale cached files are not reused. */
const FIXTURE_VERSION = 2;

export const replayShape = (events: number) => {
  const agreements = Math.max(1, Math.round(events / EVENTS_PER_AGREEMENT));
  return { agreements, eventsEach: Math.max(6, Math.round(events / agreements)) };
};

/** Generated once per size and reused across runs: generating 1,000,000 events takes minutes. */
export const replayFixtureFile = (events: number): string =>
  join(tmpdir(), "grant-ledger-bench", `replay-${events}-v${FIXTURE_VERSION}.db`);
