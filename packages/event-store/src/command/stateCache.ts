import type { StreamRevision } from "../port";

/**
 * What the handler remembers of a stream it has folded: the state at `revision` and the
 * revision at which each command id first appears (so a repeated command is still recognised
 * without re-reading the stream). `commandIds` is shared by the snapshots of one stream and
 * only ever grows; an id counts for a snapshot only if its revision is not after the
 * snapshot's, so an older snapshot reads it as it was.
 */
export interface StreamSnapshot<S> {
  readonly state: S;
  readonly revision: StreamRevision;
  readonly commandIds: Map<string, bigint>;
  /**
   * Set when the state did not come from folding the stream's start (a durable snapshot, or
   * `warm`): `commandIds` holds only the ids recorded from this revision on.
   */
  readonly commandsKnownFrom?: bigint;
}

export const holdsCommand = <S>(snapshot: StreamSnapshot<S>, commandId: string): boolean => {
  const first = snapshot.commandIds.get(commandId);
  return first !== undefined && snapshot.revision !== "no-stream" && first <= snapshot.revision;
};

const isNewer = (a: StreamRevision, than: StreamRevision): boolean =>
  a !== "no-stream" && (than === "no-stream" || a > than);

export interface StateCache<S> {
  get(streamId: string): StreamSnapshot<S> | undefined;
  /** Keeps the newer of the cached and the offered snapshot: a slow command cannot roll it back. */
  offer(streamId: string, snapshot: StreamSnapshot<S>): void;
  drop(streamId: string): void;
  readonly size: () => number;
}

/** Least recently used streams are evicted first once more than `maxStreams` are held. */
export const createStateCache = <S>(maxStreams: number): StateCache<S> => {
  const bound = Math.max(1, Math.floor(maxStreams));
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const entries = new Map<string, StreamSnapshot<S>>();
  return {
    get: (streamId) => {
      const entry = entries.get(streamId);
      if (entry !== undefined) {
        entries.delete(streamId);
        entries.set(streamId, entry);
      }
      return entry;
    },
    offer: (streamId, snapshot) => {
      const held = entries.get(streamId);
      if (held !== undefined && !isNewer(snapshot.revision, held.revision)) return;
      entries.delete(streamId);
      entries.set(streamId, snapshot);
      if (entries.size > bound) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
    drop: (streamId) => {
      entries.delete(streamId);
    },
    size: () => entries.size,
  };
};
