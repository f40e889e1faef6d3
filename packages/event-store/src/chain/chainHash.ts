import { createHash } from "node:crypto";
import type { EventToAppend, JsonObject, RecordedEvent } from "../port";
import { canonicalJson } from "./canonicalJson";

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

/**
 * The canonical JSON of `{ previousHash, streamId, revision, type, schemaVersion, data,
 * metadata }` from the canonical JSON of data and metadata: the top-level keys written in
 * their RFC 8785 order, so the (large) data and metadata are serialised once and the same
 * strings can be stored.
 */
const canonicalChainedFields = (fields: ChainedFields, data: string, metadata: string): string => {
  if (!Number.isSafeInteger(fields.schemaVersion))
    throw new TypeError(
      `event ${fields.streamId}@${fields.revision}: schema version ${fields.schemaVersion}`,
    );
  return (
    `{"data":${data},"metadata":${metadata},"previousHash":${JSON.stringify(fields.previousHash)}` +
    `,"revision":"${fields.revision.toString(10)}","schemaVersion":${fields.schemaVersion}` +
    `,"streamId":${JSON.stringify(fields.streamId)},"type":${JSON.stringify(fields.type)}}`
  );
};

const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The hash, given the canonical JSON of data and metadata. Every key of the metadata is
 * chained, a `hash` key included: the event's own hash is not in its metadata (it is a field
 * of the recorded event), so nothing there needs leaving out, and a key left out could carry
 * anything past verification. Until 2026-12 a metadata `hash` key was left out; no writer of
 * this project ever put one there, so every hash it wrote is the same under both definitions.
 */
const hashOf = (fields: ChainedFields, dataJson: string, metadataJson: string): string =>
  sha256Hex(canonicalChainedFields(fields, dataJson, metadataJson));

/**
 * SHA-256 (hex) over the RFC 8785 canonical JSON of the chained fields. The revision is a
 * decimal string because canonical JSON has no bigint. Every adapter calls this inside its
 * append transaction, so every store produces the same hashes for the same history.
 */
export const chainHash = (fields: ChainedFields): string =>
  hashOf(fields, canonicalJson(fields.data), canonicalJson(fields.metadata));

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

/** A recorded event with the canonical JSON of its data and metadata, as an adapter stores them. */
export interface SerialisedEvent {
  readonly event: RecordedEvent;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/**
 * Turns a batch of events into recorded, chained events: consecutive revisions and global
 * positions, each linked to the one before. Adapters call it with the stream head they read
 * inside their write transaction. Canonical JSON is JSON: an adapter that stores text can
 * store `dataJson` and `metadataJson` instead of serialising the event a second time.
 */
export const chainEventsSerialised = (
  start: ChainStart,
  events: readonly EventToAppend[],
): SerialisedEvent[] => {
  const out: SerialisedEvent[] = [];
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
    const dataJson = canonicalJson(event.data);
    const metadataJson = canonicalJson(event.metadata);
    const hash = hashOf(fields, dataJson, metadataJson);
    out.push({
      event: { ...fields, globalPosition: start.firstGlobalPosition + BigInt(i), hash },
      dataJson,
      metadataJson,
    });
    previousHash = hash;
  });
  return out;
};

export const chainEvents = (start: ChainStart, events: readonly EventToAppend[]): RecordedEvent[] =>
  chainEventsSerialised(start, events).map((s) => s.event);
