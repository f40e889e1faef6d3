import type { AgreementState } from "@grant-ledger/core";
import { type IgnoredSnapshot, decodeSnapshot } from "@grant-ledger/core/persistence";
import type { EventStore, SnapshotStore } from "@grant-ledger/event-store";

/** Why a stored snapshot was not used: its version or shape, or it does not match the chain. */
export type SnapshotIgnored =
  | IgnoredSnapshot
  | {
      /** No event at its revision, or that event's hash is not the one the snapshot names. */
      readonly reason: "not-on-the-chain";
      readonly revision: bigint;
    }
  | {
      /** The state does not count the events up to its revision: it was not folded up to there. */
      readonly reason: "wrong-event-count";
      readonly revision: bigint;
      readonly eventCount: number;
    };

export interface CheckedSnapshot {
  readonly state: AgreementState;
  readonly revision: bigint;
}

/**
 * The latest snapshot of a stream (at or before `atOrBefore`), if it can be trusted as far as
 * the chain can tell: the stream's event at its revision must carry the hash it names, its
 * state must count exactly the events up to there, and it must decode as this version. A
 * snapshot is a cache of the fold: one that fails any of these is ignored (reported through
 * `onIgnored`) and the caller folds from the stream's start instead.
 *
 * This keeps a stale or misplaced snapshot, or one of another version, from being read; it does
 * not prove that the state is the fold of those events. A writer of the snapshot table who
 * forges a state at a true revision and hash is caught only by refolding (`verifySnapshots`).
 */
export const checkedSnapshot = async (
  store: Pick<EventStore, "readStream">,
  snapshots: SnapshotStore,
  streamId: string,
  options: { readonly atOrBefore?: bigint; readonly onIgnored?: (ignored: SnapshotIgnored) => void } = {},
): Promise<CheckedSnapshot | undefined> => {
  const stored = await snapshots.latest(
    streamId,
    options.atOrBefore === undefined ? {} : { atOrBefore: options.atOrBefore },
  );
  if (stored === undefined) return undefined;
  const ignore = (why: SnapshotIgnored) => {
    options.onIgnored?.(why);
    return undefined;
  };
  let hash: string | undefined;
  for await (const event of store.readStream(streamId, { from: stored.revision, to: stored.revision }))
    if (event.revision === stored.revision) hash = event.hash;
  if (hash !== stored.eventHash) return ignore({ reason: "not-on-the-chain", revision: stored.revision });
  const reading = decodeSnapshot({ schemaVersion: stored.schemaVersion, state: stored.state });
  if (reading.outcome === "ignored") {
    const { outcome: _ignored, ...why } = reading;
    return ignore(why);
  }
  if (BigInt(reading.state.eventCount) !== stored.revision + 1n)
    return ignore({
      reason: "wrong-event-count",
      revision: stored.revision,
      eventCount: reading.state.eventCount,
    });
  return { state: reading.state, revision: stored.revision };
};
