import { describeDecodeErrors } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { EventStore, RecordedEvent } from "../port";
import { type Projection, type ProjectionCheckpointStore, headPositionOf } from "./projection";

export interface ProjectionProgress {
  readonly projection: string;
  /** Events applied in this run. */
  readonly processed: number;
  /** Events this run will apply in all, when the store can tell. */
  readonly total: number | undefined;
  /** Next global position to apply. */
  readonly position: bigint;
}

export interface ProjectionRun<S> {
  readonly state: S;
  readonly position: bigint;
  readonly processed: number;
}

export type ProjectionError = {
  readonly _tag: "StoredStateInvalid";
  readonly projection: string;
  readonly message: string;
};

export interface RunOptions {
  readonly onProgress?: (progress: ProjectionProgress) => void;
  /** Overrides the total the runner would ask the store for. */
  readonly total?: number;
}

export interface LiveProjection<S> {
  state(): S;
  position(): bigint;
  /** Stops the subscription and saves what was applied since the last save. */
  stop(): Promise<void>;
}

export interface ProjectionRunnerOptions<S> {
  readonly store: Pick<EventStore, "readAll" | "subscribeToAll">;
  readonly checkpoints: ProjectionCheckpointStore;
  readonly projection: Projection<S>;
  /** Events between saves (default 10,000); the last events of a run are always saved. */
  readonly saveEvery?: number;
  /** Events between progress reports (default 1,000); the end of a run is always reported. */
  readonly progressEvery?: number;
}

/**
 * Runs one projection over the store: `catchUp` resumes from the saved checkpoint and reads
 * to the end, `rebuild` forgets the checkpoint and starts over, `start` catches up and then
 * follows live appends. State and position are always saved together.
 */
export const createProjectionRunner = <S>(options: ProjectionRunnerOptions<S>) => {
  const { store, checkpoints, projection } = options;
  const saveEvery = Math.max(1, options.saveEvery ?? 10_000);
  const progressEvery = Math.max(1, options.progressEvery ?? 1_000);
  let saving: Promise<void> = Promise.resolve();

  const save = (position: bigint, state: S): Promise<void> => {
    // Copied now: `apply` may go on mutating the live state before the queued save runs.
    const checkpoint = { position, state: structuredClone(projection.stateCodec.encode(state)) };
    saving = saving.then(() => checkpoints.save(projection.name, checkpoint));
    return saving;
  };

  const resume = async (): Promise<E.Either<ProjectionError, { position: bigint; state: S }>> => {
    const saved = await checkpoints.load(projection.name);
    if (saved === undefined) return E.right({ position: 0n, state: projection.init() });
    const decoded = projection.stateCodec.decode(saved.state);
    if (E.isLeft(decoded)) {
      const message = `the saved state of projection ${projection.name} no longer decodes (${describeDecodeErrors(decoded.left)}): rebuild it`;
      return E.left({ _tag: "StoredStateInvalid", projection: projection.name, message });
    }
    return E.right({ position: saved.position, state: decoded.right });
  };

  const totalFrom = async (position: bigint, given: number | undefined): Promise<number | undefined> => {
    if (given !== undefined) return given;
    const head = await headPositionOf(store);
    if (head === undefined) return "headPosition" in store ? 0 : undefined;
    return head < position ? 0 : Number(head + 1n - position);
  };

  const runFrom = async (start: { position: bigint; state: S }, run: RunOptions, alwaysSave: boolean) => {
    const total = await totalFrom(start.position, run.total);
    let { state, position } = start;
    let processed = 0;
    let unsaved = 0;
    const report = () => run.onProgress?.({ projection: projection.name, processed, total, position });
    report();
    for await (const event of store.readAll({ fromPosition: position })) {
      state = projection.apply(state, event);
      position = event.globalPosition + 1n;
      processed++;
      if (++unsaved >= saveEvery) {
        await save(position, state);
        unsaved = 0;
      }
      if (processed % progressEvery === 0) report();
    }
    if (unsaved > 0 || alwaysSave) await save(position, state);
    if (processed % progressEvery !== 0) report();
    return { state, position, processed };
  };

  return {
    catchUp: async (run: RunOptions = {}): Promise<E.Either<ProjectionError, ProjectionRun<S>>> => {
      const start = await resume();
      if (E.isLeft(start)) return start;
      return E.right(await runFrom(start.right, run, false));
    },

    rebuild: async (run: RunOptions = {}): Promise<ProjectionRun<S>> => {
      await checkpoints.clear(projection.name);
      return runFrom({ position: 0n, state: projection.init() }, run, true);
    },

    start: async (
      handlers: { readonly onError?: (error: unknown) => void; readonly onCaughtUp?: () => void } = {},
    ): Promise<E.Either<ProjectionError, LiveProjection<S>>> => {
      const start = await resume();
      if (E.isLeft(start)) return start;
      let { state, position } = start.right;
      let unsaved = 0;
      const subscription = store.subscribeToAll(position, {
        onEvent: async (event: RecordedEvent) => {
          state = projection.apply(state, event);
          position = event.globalPosition + 1n;
          if (++unsaved >= saveEvery) {
            unsaved = 0;
            await save(position, state);
          }
        },
        onCaughtUp: () => {
          if (unsaved > 0) {
            unsaved = 0;
            save(position, state).then(handlers.onCaughtUp, handlers.onError);
          } else handlers.onCaughtUp?.();
        },
        ...(handlers.onError === undefined ? {} : { onError: handlers.onError }),
      });
      return E.right({
        state: () => state,
        position: () => position,
        stop: async () => {
          await subscription.stop();
          if (unsaved > 0) {
            unsaved = 0;
            await save(position, state);
          }
          await saving;
        },
      });
    },
  };
};

export type ProjectionRunner<S> = ReturnType<typeof createProjectionRunner<S>>;
