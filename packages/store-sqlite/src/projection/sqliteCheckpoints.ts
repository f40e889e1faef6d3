import type { JsonValue, ProjectionCheckpoint, ProjectionCheckpointStore } from "@grant-ledger/event-store";
import type Database from "better-sqlite3";
import { isSqliteBusy } from "../schema/sqliteErrors";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Projection state and checkpoint in one row of the store's own file: `save` replaces both
 * in one IMMEDIATE transaction (fsync'd like every commit), so after a crash a projection
 * resumes from a position that matches its state exactly.
 */
export const sqliteProjectionCheckpoints = (
  db: Database.Database,
  busyRetries: number,
): ProjectionCheckpointStore => {
  const select = db
    .prepare("SELECT position, state FROM projection_checkpoints WHERE projection = ?")
    .raw()
    // Positions are bigint end to end: a number would lose precision above 2^53.
    .safeIntegers(true);
  const upsert = db.prepare(
    `INSERT INTO projection_checkpoints (projection, position, state) VALUES (?, ?, ?)
     ON CONFLICT (projection) DO UPDATE SET position = excluded.position, state = excluded.state`,
  );
  const remove = db.prepare("DELETE FROM projection_checkpoints WHERE projection = ?");
  const save = db.transaction((projection: string, position: bigint, state: string) => {
    upsert.run(projection, position, state);
  });
  const clear = db.transaction((projection: string) => {
    remove.run(projection);
  });

  const write = async (step: () => void): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        step();
        return;
      } catch (e) {
        if (!isSqliteBusy(e) || attempt >= busyRetries) throw e;
        await sleep(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  };

  return {
    load: async (projection) => {
      const row = select.get(projection) as [number | bigint, string] | undefined;
      return row === undefined
        ? undefined
        : { position: BigInt(row[0]), state: JSON.parse(row[1]) as JsonValue };
    },
    save: (projection, checkpoint: ProjectionCheckpoint) =>
      write(() => save.immediate(projection, checkpoint.position, JSON.stringify(checkpoint.state))),
    clear: (projection) => write(() => clear.immediate(projection)),
  };
};
