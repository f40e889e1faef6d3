import type * as t from "io-ts";
import type { JsonValue, RecordedEvent } from "../port";

/**
 * A read model folded from the whole store in global order. `apply` may update the state it
 * is given in place and return it (replays of millions of events should not copy), which is
 * why `init` is a function: every run starts from a fresh state.
 */
export interface Projection<S> {
  readonly name: string;
  readonly init: () => S;
  readonly apply: (state: S, event: RecordedEvent) => S;
  /** How the state is stored next to its checkpoint; decoding guards against older shapes. */
  readonly stateCodec: t.Type<S, JsonValue, unknown>;
}

/**
 * A projection's saved progress. `position` is the global position of the next event to
 * apply (so 0 means nothing applied yet, and it equals the number of events consumed in a
 * gap-free store).
 */
export interface ProjectionCheckpoint {
  readonly position: bigint;
  readonly state: JsonValue;
}

/**
 * Where projections keep state and checkpoint. `save` must replace both in one atomic step
 * (one transaction in SQLite, next to the events): after a crash a projection resumes from a
 * position that matches its state, never applying an event twice or skipping one.
 */
export interface ProjectionCheckpointStore {
  load(projection: string): Promise<ProjectionCheckpoint | undefined>;
  save(projection: string, checkpoint: ProjectionCheckpoint): Promise<void>;
  clear(projection: string): Promise<void>;
}

/** A store that keeps projection checkpoints itself (SQLite: in the same file as the events). */
export interface HasProjectionCheckpoints {
  readonly projectionCheckpoints: ProjectionCheckpointStore;
}

export const projectionCheckpointsOf = (store: object): ProjectionCheckpointStore | undefined =>
  "projectionCheckpoints" in store ? (store as HasProjectionCheckpoints).projectionCheckpoints : undefined;

/** A store that can say where it ends cheaply, so that progress can show a total. */
export interface HasHeadPosition {
  headPosition(): Promise<bigint | undefined>;
}

export const headPositionOf = async (store: object): Promise<bigint | undefined> =>
  "headPosition" in store && typeof (store as HasHeadPosition).headPosition === "function"
    ? (store as HasHeadPosition).headPosition()
    : undefined;
