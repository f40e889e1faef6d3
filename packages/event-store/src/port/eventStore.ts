import type { Either } from "fp-ts/Either";

/**
 * The one storage port every adapter implements (in-memory, SQLite, EventStoreDB).
 * Everything here is plain JSON-able data plus bigint positions: adapters never see domain
 * types, so the store can be verified and replayed without the domain library.
 */

import type { JsonObject } from "@grant-ledger/core";

/** One definition of JSON, in the core: commands, events and the port share it. */
export type { JsonObject, JsonValue } from "@grant-ledger/core";

/** What a caller hands to `appendToStream`. `metadata.commandId` drives idempotency. */
export interface EventToAppend {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: JsonObject;
  readonly metadata: JsonObject & { readonly commandId: string };
}

/** An event as stored: its place in the stream and in the whole store, and its chain hash. */
export interface RecordedEvent extends EventToAppend {
  readonly streamId: string;
  /** 0-based position within the stream. */
  readonly revision: bigint;
  /** Gap-free, monotonic position across the whole store, 0-based. */
  readonly globalPosition: bigint;
  /** Hash of the previous event in this stream; GENESIS_HASH for revision 0. */
  readonly previousHash: string;
  /** SHA-256 (hex) over the RFC 8785 canonical JSON of the chained fields. */
  readonly hash: string;
}

export type ExpectedRevision = "no-stream" | "any" | "exists" | bigint;

/** Revision a stream is at: its last event's revision, or "no-stream". */
export type StreamRevision = bigint | "no-stream";

export interface WrongExpectedRevision {
  readonly _tag: "WrongExpectedRevision";
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  readonly actual: StreamRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written (or of the original write, on a replay). */
  readonly lastGlobalPosition: bigint;
  readonly events: readonly RecordedEvent[];
  /**
   * True when the command id was already recorded in this stream: nothing was written and
   * the original events are returned.
   */
  readonly idempotentReplay: boolean;
}

export interface ReadStreamOptions {
  /** Revision to start at (inclusive). Default: start (forwards) or end (backwards). */
  readonly from?: bigint;
  readonly direction?: "forwards" | "backwards";
  readonly maxCount?: number;
  /**
   * Last revision to yield (inclusive): the highest going forwards, the lowest going
   * backwards. For the stream as it stood at a revision (state as of, snapshot + tail).
   */
  readonly to?: bigint;
}

export interface ReadAllOptions {
  /** Global position to start at (inclusive). Default 0. */
  readonly fromPosition?: bigint;
  readonly maxCount?: number;
}

export interface SubscriptionHandlers {
  /** Called in global order; the subscription awaits it before delivering the next event. */
  readonly onEvent: (event: RecordedEvent) => Promise<void> | void;
  /** Called once when the subscription ends because of an error (not on `stop`). */
  readonly onError?: (error: unknown) => void;
  /** Called each time the subscription has delivered everything stored so far. */
  readonly onCaughtUp?: (position: bigint | undefined) => void;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<Either<WrongExpectedRevision, AppendResult>>;

  /** Streams its results: adapters page through storage and never load a whole stream or store. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;

  /** Catch-up subscription: delivers stored events from `fromPosition` (inclusive), then live ones. */
  subscribeToAll(fromPosition: bigint, handlers: SubscriptionHandlers): Subscription;

  close(): Promise<void>;
}

export const GENESIS_HASH = "0".repeat(64);
