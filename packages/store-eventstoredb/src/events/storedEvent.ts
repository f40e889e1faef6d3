import type { EventData, ResolvedEvent } from "@eventstore/db-client";
import { jsonEvent } from "@eventstore/db-client";
import { describeDecodeErrors } from "@grant-ledger/core";
import type { JsonObject, RecordedEvent } from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { pipe } from "fp-ts/function";
import * as t from "io-ts";
import { eventIdFor } from "./eventIds";

/** Key under which the adapter keeps its own fields in EventStoreDB event metadata. */
export const LEDGER_METADATA_KEY = "$grantLedger";

/** `globalPosition` of an event read from a stream outside the project's prefixes. */
export const UNKNOWN_GLOBAL_POSITION = -1n;

const JsonObjectCodec = new t.Type<JsonObject, JsonObject, unknown>(
  "JsonObject",
  (u): u is JsonObject =>
    typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Uint8Array),
  (u, c) =>
    typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Uint8Array)
      ? t.success(u as JsonObject)
      : t.failure(u, c),
  t.identity,
);

const LedgerFields = t.type({ previousHash: t.string, hash: t.string, schemaVersion: t.number });

/** What the adapter stores as an event's custom metadata. */
const StoredMetadata = t.intersection([
  JsonObjectCodec,
  t.type({ commandId: t.string, [LEDGER_METADATA_KEY]: LedgerFields }),
]);

export interface Chained {
  readonly previousHash: string;
  readonly hash: string;
}

/** The JSON event EventStoreDB stores for one port event; the id is derived from its command. */
export const toEventData = (
  event: RecordedEvent | (Chained & Omit<RecordedEvent, "globalPosition" | "streamId" | "revision">),
  index: number,
): EventData => {
  if (Object.hasOwn(event.metadata, LEDGER_METADATA_KEY)) {
    throw new Error(`event metadata may not use the reserved key ${LEDGER_METADATA_KEY}`);
  }
  return jsonEvent({
    id: eventIdFor(event.metadata.commandId, index),
    type: event.type,
    data: event.data,
    metadata: {
      ...event.metadata,
      [LEDGER_METADATA_KEY]: {
        previousHash: event.previousHash,
        hash: event.hash,
        schemaVersion: event.schemaVersion,
      },
    },
  });
};

/** Turns an event read back from EventStoreDB into the port's recorded event. */
export const fromResolvedEvent = (
  resolved: ResolvedEvent,
  globalPosition: bigint,
): E.Either<string, RecordedEvent> => {
  const stored = resolved.event;
  if (stored === undefined) return E.left("a link to a deleted event");
  const where = `${stored.streamId}@${stored.revision}`;
  if (!stored.isJson) return E.left(`${where}: not a JSON event`);
  return pipe(
    E.Do,
    E.bind("data", () =>
      pipe(
        JsonObjectCodec.decode(stored.data),
        E.mapLeft((errors) => `${where}: data ${describeDecodeErrors(errors)}`),
      ),
    ),
    E.bind("metadata", () =>
      pipe(
        StoredMetadata.decode(stored.metadata),
        E.mapLeft((errors) => `${where}: metadata ${describeDecodeErrors(errors)}`),
      ),
    ),
    E.map(({ data, metadata }) => {
      const { [LEDGER_METADATA_KEY]: ledger, ...callerMetadata } = metadata;
      return {
        streamId: stored.streamId,
        revision: stored.revision,
        globalPosition,
        type: stored.type,
        schemaVersion: ledger.schemaVersion,
        data,
        metadata: callerMetadata as JsonObject & { readonly commandId: string },
        previousHash: ledger.previousHash,
        hash: ledger.hash,
      };
    }),
  );
};

/** Like `fromResolvedEvent`, for callers where a foreign event in a project stream is a bug. */
export const recordedOrThrow = (resolved: ResolvedEvent, globalPosition: bigint): RecordedEvent =>
  pipe(
    fromResolvedEvent(resolved, globalPosition),
    E.getOrElseW((problem) => {
      throw new Error(`unreadable event in EventStoreDB: ${problem}`);
    }),
  );
