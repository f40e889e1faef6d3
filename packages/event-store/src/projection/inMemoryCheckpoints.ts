import type { ProjectionCheckpoint, ProjectionCheckpointStore } from "./projection";

/**
 * Keeps checkpoints in a Map. State is copied through JSON on save and load so that a
 * projection cannot alter a saved checkpoint by mutating its live state.
 */
export const createInMemoryProjectionCheckpoints = (): ProjectionCheckpointStore & {
  readonly saves: () => number;
} => {
  const saved = new Map<string, { position: bigint; state: string }>();
  let saves = 0;
  return {
    load: async (projection) => {
      const found = saved.get(projection);
      return found === undefined ? undefined : { position: found.position, state: JSON.parse(found.state) };
    },
    save: async (projection, checkpoint: ProjectionCheckpoint) => {
      saves++;
      saved.set(projection, { position: checkpoint.position, state: JSON.stringify(checkpoint.state) });
    },
    clear: async (projection) => {
      saved.delete(projection);
    },
    saves: () => saves,
  };
};
