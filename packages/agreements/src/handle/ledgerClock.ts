import type { Command } from "@grant-ledger/core";

/** Five minutes: clocks of honest clients drift by seconds, not by minutes. */
export const DEFAULT_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface OccurredInFuture {
  readonly _tag: "OccurredInFuture";
  readonly commandId: string;
  readonly occurredAt: string;
  /** The ledger's time when the command was recorded. */
  readonly recordedAt: string;
  readonly maxClockSkewMs: number;
}

/**
 * A command may claim to have happened in the past (it is recorded as given; time-dependent
 * rules judge by `recordedAt`), but not further in the future than the skew allows.
 */
export const occurredInFuture = (command: Command, maxClockSkewMs: number): OccurredInFuture | undefined => {
  const { occurredAt, recordedAt, commandId } = command.metadata;
  if (recordedAt === undefined) return undefined;
  const ahead = Date.parse(occurredAt) - Date.parse(recordedAt);
  return ahead > maxClockSkewMs
    ? { _tag: "OccurredInFuture", commandId, occurredAt, recordedAt, maxClockSkewMs }
    : undefined;
};
