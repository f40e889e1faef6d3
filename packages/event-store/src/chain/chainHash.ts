import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { EventToAppend, JsonObject, RecordedEvent } from "../port";

/** The fields an event's hash commits to. */
export interface ChainedFields {
  readonly previousHash: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

/** A hash must never commit to itself: any `hash` key in metadata is left out. */
const withoutHash = (metadata: JsonObject): JsonObject => {
  if (!Object.hasOwn(metadata, "hash")) return metadata;
  const { hash: _ignored, ...rest } = metadata;
  return rest;
};

/**
 * SHA-256 (hex) over the RFC 8785 canonical JSON of the chained fields. The revision is a
 * decimal string because canonical JSON has no bigint. Every adapter calls this inside its
 * append transaction, so every store produces the same hashes for the same history.
 */
export const chainHash = (fields: ChainedFields): string => {
  const canonical = canonicalize({
    previousHash: fields.previousHash,
    streamId: fields.streamId,
    revision: fields.revision.toString(10),
    type: fields.type,
    schemaVersion: fields.schemaVersion,
    data: fields.data,
    metadata: withoutHash(fields.metadata),
  });
  if (canonical === undefined)
    throw new Error(`event ${fields.streamId}@${fields.revision} cannot be canonicalised`);
  return createHash("sha256").update(canonical, "utf8").digest("hex");
};

/** Recomputes the hash a recorded event should carry, from its own stored fields. */
export const recomputeHash = (event: RecordedEvent): string => chainHash(event);

export interface ChainStart {
  readonly streamId: string;
  /** Revision the first new event gets. */
  readonly firstRevision: bigint;
  /** Global position the first new event gets. */
  readonly firstGlobalPosition: bigint;
  /** Hash of the stream's current last event, or GENESIS_HASH for a new stream. */
  readonly previousHash: string;
}

/**
 * Turns a batch of events into recorded, chained events: consecutive revisions and global
 * positions, each linked to the one before. Adapters call it with the stream head they read
 * inside their write transaction.
 */
export const chainEvents = (start: ChainStart, events: readonly EventToAppend[]): RecordedEvent[] => {
  const out: RecordedEvent[] = [];
  let previousHash = start.previousHash;
  events.forEach((event, i) => {
    const revision = start.firstRevision + BigInt(i);
    const fields = {
      previousHash,
      streamId: start.streamId,
      revision,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
    };
    const hash = chainHash(fields);
    out.push({
      ...fields,
      metadata: event.metadata,
      globalPosition: start.firstGlobalPosition + BigInt(i),
      hash,
    });
    previousHash = hash;
  });
  return out;
};
