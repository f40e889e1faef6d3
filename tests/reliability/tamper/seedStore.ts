import { join } from "node:path";
import {
  type EventToAppend,
  type SignedCheckpoint,
  createCheckpoint,
  generateCheckpointKeyPair,
  streamScope,
} from "@grant-ledger/event-store";
import { openSqliteEventStore } from "@grant-ledger/store-sqlite";
import * as E from "fp-ts/Either";

export interface SeededStore {
  /** A closed SQLite store file: copy it before changing it. */
  readonly file: string;
  readonly streams: readonly string[];
  readonly events: number;
  /** Signed at the end of seeding: one for the whole store, one per stream. */
  readonly checkpoints: readonly SignedCheckpoint[];
  readonly publicKeyPem: string;
}

const districts = ["Blokken", "Monden", "Velden", "Stad"];
const districtOf = (i: number): string => districts[i % districts.length] ?? "Stad";

/**
 * Shaped like the agreement events (nested cells, quantities as strings, an actor in the
 * metadata, a number and text with characters JSON may escape), so that every JSON level a
 * real store has is there to be mutated.
 */
const eventOf = (stream: number, i: number): EventToAppend => ({
  type: i === 0 ? "AgreementProposed" : i % 3 === 0 ? "ResultReported" : "UnitsReallocated",
  schemaVersion: 1,
  data: {
    agreementId: `probe-${stream}`,
    reason: `shift ${i}: "demand" in ${districtOf(i)} rose — approved`,
    round: i,
    cells: [
      {
        cell: { resultArea: `${(i % 6) + 2}`, workType: "JW", district: districtOf(i) },
        units: { amount: `${100 + i}.5`, unit: "hours", scale: 1 },
      },
      {
        cell: { resultArea: "6", workType: "OBW", district: "Stad" },
        units: { amount: "82", unit: "groups" },
      },
    ],
  },
  metadata: {
    commandId: `command-${stream}-${i}`,
    correlationId: `correlation-${stream}`,
    actor: { organisationId: "gemeente-emmen", role: "municipality", person: "A. de Vries" },
    recordedAt: new Date(Date.UTC(2007, 0, 1 + i)).toISOString(),
  },
});

/** Streams appended to in turns (their events interleave in global order), then signed. */
export const seedStore = async (
  dir: string,
  shape: { readonly streams: number; readonly eventsPerStream: number },
): Promise<SeededStore> => {
  const file = join(dir, "seed.db");
  const store = openSqliteEventStore({ file });
  const streams = Array.from({ length: shape.streams }, (_, s) => `agreement-probe-${s}`);
  for (let i = 0; i < shape.eventsPerStream; i += 2) {
    for (const [s, streamId] of streams.entries()) {
      const batch = [eventOf(s, i), eventOf(s, i + 1)].slice(0, shape.eventsPerStream - i);
      const appended = await store.appendToStream(streamId, batch, i === 0 ? "no-stream" : BigInt(i - 1));
      if (E.isLeft(appended)) throw new Error(`seeding ${streamId}: ${JSON.stringify(appended.left)}`);
    }
  }
  const keys = generateCheckpointKeyPair();
  const checkpoints: SignedCheckpoint[] = [];
  for (const scope of ["all" as const, ...streams.map(streamScope)]) {
    const signed = await createCheckpoint(store, { scope, privateKeyPem: keys.privateKeyPem });
    if (E.isLeft(signed)) throw new Error(`checkpoint ${scope}: ${JSON.stringify(signed.left)}`);
    checkpoints.push(signed.right);
  }
  await store.close();
  return {
    file,
    streams,
    events: shape.streams * shape.eventsPerStream,
    checkpoints,
    publicKeyPem: keys.publicKeyPem,
  };
};
