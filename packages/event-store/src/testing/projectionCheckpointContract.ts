import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ProjectionCheckpointStore } from "../projection/projection";

export interface CheckpointStoreUnderTest {
  readonly checkpoints: ProjectionCheckpointStore;
  readonly cleanup?: () => Promise<void>;
}

/** What every ProjectionCheckpointStore must do; names are random so a store may be shared. */
export const describeProjectionCheckpointStoreContract = (
  name: string,
  factory: () => Promise<CheckpointStoreUnderTest>,
): void => {
  const withCheckpoints = (run: (checkpoints: ProjectionCheckpointStore) => Promise<void>) => async () => {
    const { checkpoints, cleanup } = await factory();
    try {
      await run(checkpoints);
    } finally {
      await cleanup?.();
    }
  };
  const projection = () => `projection-${randomUUID()}`;

  describe(`ProjectionCheckpointStore contract: ${name}`, () => {
    it(
      "knows nothing of a projection never saved",
      withCheckpoints(async (checkpoints) => {
        expect(await checkpoints.load(projection())).toBeUndefined();
      }),
    );

    it(
      "returns state and position as saved, including nested JSON and large positions",
      withCheckpoints(async (checkpoints) => {
        const p = projection();
        const state = {
          totals: { "6/OBW/Velden": "19.130" },
          streams: 3,
          seen: [1, 2, null],
          ok: true,
          note: "één",
        };
        await checkpoints.save(p, { position: 9_007_199_254_740_993n, state });
        expect(await checkpoints.load(p)).toEqual({ position: 9_007_199_254_740_993n, state });
      }),
    );

    it(
      "replaces state and position together on every save",
      withCheckpoints(async (checkpoints) => {
        const p = projection();
        await checkpoints.save(p, { position: 5n, state: { events: 5 } });
        await checkpoints.save(p, { position: 9n, state: { events: 9 } });
        expect(await checkpoints.load(p)).toEqual({ position: 9n, state: { events: 9 } });
      }),
    );

    it(
      "keeps projections apart and forgets one on clear",
      withCheckpoints(async (checkpoints) => {
        const a = projection();
        const b = projection();
        await checkpoints.save(a, { position: 1n, state: "a" });
        await checkpoints.save(b, { position: 2n, state: "b" });
        await checkpoints.clear(a);
        expect(await checkpoints.load(a)).toBeUndefined();
        expect(await checkpoints.load(b)).toEqual({ position: 2n, state: "b" });
      }),
    );
  });
};
