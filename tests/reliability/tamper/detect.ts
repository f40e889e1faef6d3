import { copyFileSync, rmSync } from "node:fs";
import { verifySignedCheckpoint, verifyStore } from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";
import type { Random } from "../support/random";
import type { Mutation } from "./mutation";
import type { SeededStore } from "./seedStore";
import { tamperingWith } from "./tampering";

export interface Trial {
  readonly verifySaw: boolean;
  readonly streamSaw: boolean;
  readonly checkpointSaw: boolean;
  /** The problem whole-store verify named first, if it saw one. */
  readonly problem: string | undefined;
  readonly detected: boolean;
}

/** Applies one mutation to a copy of the seeded file and asks everything that could see it. */
export const runTrial = async (
  seed: SeededStore,
  mutation: Mutation,
  random: Random,
  file: string,
): Promise<Trial> => {
  copyFileSync(seed.file, file);
  const store = openSqliteEventStore({ file });
  try {
    const streamId = mutation.apply(tamperingWith(store.database, random));
    const whole = await verifyStore(store);
    const stream = await verifyStore(store, { streamId });
    let checkpointSaw = false;
    for (const signed of seed.checkpoints) {
      if (E.isLeft(await verifySignedCheckpoint(signed, seed.publicKeyPem, store))) {
        checkpointSaw = true;
        break;
      }
    }
    const verifySaw = E.isLeft(whole);
    const streamSaw = E.isLeft(stream);
    return {
      verifySaw,
      streamSaw,
      checkpointSaw,
      problem: E.isLeft(whole) ? whole.left.problem : undefined,
      detected:
        mutation.seenBy === "verify"
          ? verifySaw && (streamSaw || !mutation.streamSees)
          : verifySaw || checkpointSaw,
    };
  } finally {
    await store.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
};
