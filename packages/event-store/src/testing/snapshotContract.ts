import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SnapshotStore, StoredSnapshot } from "../snapshot/snapshotStore";

export interface SnapshotStoreUnderTest {
  readonly snapshots: SnapshotStore;
  readonly cleanup?: () => Promise<void>;
}

/** What every SnapshotStore must do; stream ids are random so a store may be shared. */
export const describeSnapshotStoreContract = (
  name: string,
  factory: () => Promise<SnapshotStoreUnderTest>,
): void => {
  const withSnapshots = (run: (snapshots: SnapshotStore) => Promise<void>) => async () => {
    const { snapshots, cleanup } = await factory();
    try {
      await run(snapshots);
    } finally {
      await cleanup?.();
    }
  };
  const stream = () => `snapshot-contract-${randomUUID()}`;
  const at = (
    streamId: string,
    revision: bigint,
    state: StoredSnapshot["state"] = { n: Number(revision) },
  ) => ({
    streamId,
    revision,
    eventHash: revision.toString(16).padStart(64, "0"),
    schemaVersion: 2,
    state,
  });

  describe(`SnapshotStore contract: ${name}`, () => {
    it(
      "knows no snapshot of a stream never snapshotted",
      withSnapshots(async (snapshots) => {
        expect(await snapshots.latest(stream())).toBeUndefined();
        expect(await snapshots.findKeys(stream(), "command", ["c1"])).toEqual(new Map());
      }),
    );

    it(
      "returns the latest snapshot, or the latest at or before a revision, as saved",
      withSnapshots(async (snapshots) => {
        const s = stream();
        const nested = { totals: { "6/OBW/Velden": "19.130" }, list: [1, "x", null, true] };
        await snapshots.save(at(s, 99n, nested), []);
        await snapshots.save(at(s, 199n), []);
        await snapshots.save(at(s, 2n ** 60n), []);
        expect(await snapshots.latest(s)).toEqual(at(s, 2n ** 60n));
        expect(await snapshots.latest(s, { atOrBefore: 198n })).toEqual(at(s, 99n, nested));
        expect(await snapshots.latest(s, { atOrBefore: 199n })).toEqual(at(s, 199n));
        expect(await snapshots.latest(s, { atOrBefore: 98n })).toBeUndefined();
        expect(await snapshots.latest(stream())).toBeUndefined();
      }),
    );

    it(
      "replaces a snapshot of the same revision",
      withSnapshots(async (snapshots) => {
        const s = stream();
        await snapshots.save(at(s, 5n, { old: true }), []);
        await snapshots.save({ ...at(s, 5n, { fresh: true }), schemaVersion: 3 }, []);
        expect(await snapshots.latest(s)).toEqual({ ...at(s, 5n, { fresh: true }), schemaVersion: 3 });
      }),
    );

    it(
      "indexes keys per stream and kind, keeping the revision a key was first met in",
      withSnapshots(async (snapshots) => {
        const s = stream();
        await snapshots.save(at(s, 10n), [
          { kind: "command", key: "c1", revision: 0n },
          { kind: "command", key: "c2", revision: 7n },
          { kind: "decided", key: "r1", revision: 9n },
        ]);
        await snapshots.save(at(s, 20n), [
          { kind: "command", key: "c1", revision: 15n },
          { kind: "command", key: "c3", revision: 18n },
        ]);
        expect(await snapshots.findKeys(s, "command", ["c1", "c3", "r1", "c9"])).toEqual(
          new Map([
            ["c1", 0n],
            ["c3", 18n],
          ]),
        );
        expect(await snapshots.findKeys(s, "decided", ["r1", "c1"])).toEqual(new Map([["r1", 9n]]));
        expect(await snapshots.findKeys(stream(), "command", ["c1"])).toEqual(new Map());
        expect(await snapshots.findKeys(s, "command", [])).toEqual(new Map());
      }),
    );
  });
};
