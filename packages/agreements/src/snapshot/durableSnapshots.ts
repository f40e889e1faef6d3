import { type AgreementState, type Command, decodeEvent } from "@grant-ledger/core";
import {
  decidedRequestIdOf,
  encodeSnapshot,
  knowingDecided,
  requestIdToLookUp,
} from "@grant-ledger/core/persistence";
import type {
  EventStore,
  JsonValue,
  RecordedEvent,
  SnapshotKey,
  SnapshotStore,
} from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { type SnapshotIgnored, checkedSnapshot } from "./checkedSnapshot";

/** Index kinds beside the snapshots: what a snapshot's state leaves out because it grows. */
export const COMMAND_KEY = "command";
export const DECIDED_REQUEST_KEY = "decided-request";

export const DEFAULT_SNAPSHOT_EVERY = 100;
/**
 * With the state cache a snapshot is read only after a restart or an eviction, so writing one
 * every 100 events would mostly cost the hot path: then every 1,000 (a restart folds at most
 * that many events per agreement once).
 */
export const DEFAULT_SNAPSHOT_EVERY_CACHED = 1_000;

export interface SnapshotOptions {
  readonly store: SnapshotStore;
  /**
   * Take a snapshot once this many events have been written since the last one (default 100;
   * 1,000 with the state cache).
   */
  readonly every?: number;
  /** A stored snapshot was not used (wrong version, not on the chain, ...): for monitoring. */
  readonly onIgnored?: (streamId: string, ignored: SnapshotIgnored) => void;
  /** Writing a snapshot failed; the command it followed is recorded all the same. */
  readonly onWriteFailed?: (streamId: string, error: unknown) => void;
}

/**
 * The agreements' durable snapshots: read on a cache miss (the handler folds only the events
 * after one), written after an append once `every` events have followed the last one. Each
 * snapshot is stored with the keys of the events since the previous one, in one transaction:
 * the command ids (a repeated command before a snapshot is still recognised) and the decided
 * request ids (which the state leaves out; `prepare` looks up the ones a command asks about).
 */
export const createDurableSnapshots = (events: Pick<EventStore, "readStream">, options: SnapshotOptions) => {
  const { store } = options;
  const every = BigInt(Math.max(1, Math.floor(options.every ?? DEFAULT_SNAPSHOT_EVERY)));
  // The revision of each stream's latest usable snapshot as far as this process knows (-1: none).
  const latest = new Map<string, bigint>();

  const load = async (streamId: string) => {
    const found = await checkedSnapshot(events, store, streamId, {
      onIgnored: (why) => options.onIgnored?.(streamId, why),
    });
    latest.set(streamId, found?.revision ?? -1n);
    return found;
  };

  /** The keys of the events after `after` up to `to`, read back from the stream. */
  const keysBetween = async (streamId: string, after: bigint, to: bigint): Promise<SnapshotKey[]> => {
    const keys: SnapshotKey[] = [];
    const seen = new Set<string>();
    for await (const recorded of events.readStream(streamId, { from: after + 1n, to })) {
      const { commandId } = recorded.metadata;
      if (!seen.has(commandId)) {
        seen.add(commandId);
        keys.push({ kind: COMMAND_KEY, key: commandId, revision: recorded.revision });
      }
      const decoded = decodeEvent(recorded);
      // An event that does not decode stops every fold of this stream anyway; index what is readable.
      const decided = E.isRight(decoded) ? decidedRequestIdOf(decoded.right) : undefined;
      if (decided !== undefined)
        keys.push({ kind: DECIDED_REQUEST_KEY, key: decided, revision: recorded.revision });
    }
    return keys;
  };

  /** After an append: a snapshot of `state` at the last recorded event, if enough have followed the last one. */
  const afterAppend = async (streamId: string, state: AgreementState, recorded: readonly RecordedEvent[]) => {
    const last = recorded[recorded.length - 1];
    if (last === undefined) return;
    try {
      let previous = latest.get(streamId);
      if (previous === undefined) {
        // This process decided on a state it did not load from a snapshot (a cached or warmed one).
        previous = (await checkedSnapshot(events, store, streamId))?.revision ?? -1n;
        latest.set(streamId, previous);
      }
      if (last.revision - previous < every) return;
      const keys = await keysBetween(streamId, previous, last.revision);
      // The encoded state is JSON; its type only says readonly where JsonValue does not.
      const { schemaVersion, state: json } = encodeSnapshot(state);
      await store.save(
        {
          streamId,
          revision: last.revision,
          eventHash: last.hash,
          schemaVersion,
          state: json as unknown as JsonValue,
        },
        keys,
      );
      latest.set(streamId, last.revision);
    } catch (error) {
      options.onWriteFailed?.(streamId, error);
    }
  };

  /** Fills in, from the index, the decided ids the batch asks about that the state does not know. */
  const prepare = async (streamId: string, commands: readonly Command[], state: AgreementState) => {
    const ids = [
      ...new Set(commands.map((c) => requestIdToLookUp(c, state)).filter((id) => id !== undefined)),
    ];
    if (ids.length === 0) return state;
    const decided = await store.findKeys(streamId, DECIDED_REQUEST_KEY, ids);
    return decided.size === 0 ? state : knowingDecided(state, decided.keys());
  };

  return {
    /** What the generic command handler takes. */
    handlerOptions: {
      snapshots: {
        load,
        recordedCommands: (streamId: string, ids: readonly string[]) =>
          store.findKeys(streamId, COMMAND_KEY, ids),
      },
      prepare,
    },
    afterAppend,
  };
};

export type DurableSnapshots = ReturnType<typeof createDurableSnapshots>;
