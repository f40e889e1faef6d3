import { agreementDecider, decodeEvent } from "@grant-ledger/core";
import { AGREEMENT_SNAPSHOT_VERSION, encodeSnapshot } from "@grant-ledger/core/persistence";
import type { EventStore, SnapshotStore, StoredSnapshot } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";

export interface SnapshotVerification {
  /** Snapshots of this version compared with the fold of the events up to their revision. */
  readonly checked: number;
  /** Revisions whose snapshot is not the fold there (state or hash), in order. */
  readonly mismatches: readonly bigint[];
  /** Revisions of snapshots of another version: not compared (they are ignored when read). */
  readonly otherVersion: readonly bigint[];
}

/**
 * What the checks on reading cannot tell: whether each stored snapshot of a stream is the fold
 * of its events. Folds the stream once from its start and compares, at every snapshot's
 * revision, the encoded state and the event's hash. For audits and after a restore; the
 * command path never needs it, since it reads a snapshot as a cache.
 */
export const verifySnapshots = async (
  events: Pick<EventStore, "readStream">,
  snapshots: SnapshotStore,
  streamId: string,
): Promise<SnapshotVerification> => {
  const stored: StoredSnapshot[] = [];
  for (let s = await snapshots.latest(streamId); s !== undefined; ) {
    stored.unshift(s);
    s = s.revision === 0n ? undefined : await snapshots.latest(streamId, { atOrBefore: s.revision - 1n });
  }
  const mismatches: bigint[] = [];
  const otherVersion: bigint[] = [];
  let checked = 0;
  let next = 0;
  let state = agreementDecider.initialState;
  for await (const recorded of events.readStream(streamId)) {
    if (next >= stored.length) break;
    const decoded = decodeEvent(recorded);
    // An event that does not decode: no snapshot after it can be the fold.
    if (E.isLeft(decoded)) break;
    state = agreementDecider.evolve(state, decoded.right);
    for (; next < stored.length && stored[next]!.revision === recorded.revision; next++) {
      const snapshot = stored[next]!;
      if (snapshot.schemaVersion !== AGREEMENT_SNAPSHOT_VERSION) {
        otherVersion.push(snapshot.revision);
        continue;
      }
      checked++;
      const same =
        snapshot.eventHash === recorded.hash &&
        JSON.stringify(encodeSnapshot(state).state) === JSON.stringify(snapshot.state);
      if (!same) mismatches.push(snapshot.revision);
    }
  }
  // Snapshots beyond the stream's end (or after an unreadable event) are not the fold of anything.
  for (; next < stored.length; next++) {
    checked++;
    mismatches.push(stored[next]!.revision);
  }
  return { checked, mismatches, otherVersion };
};
