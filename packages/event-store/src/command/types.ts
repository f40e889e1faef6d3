import type { Decider } from "@grant-ledger/core";
import type * as E from "fp-ts/Either";
import type {
  EventStore,
  EventToAppend,
  JsonObject,
  RecordedEvent,
  StreamRevision,
  WrongExpectedRevision,
} from "../port";

export type HandlerError<DomainErr, DecodeErr, Refusal = never> =
  | { readonly _tag: "DomainError"; readonly error: DomainErr; readonly commandIndex: number }
  /** A `beforeDecide` hook refused the command at `commandIndex`: nothing was decided or written. */
  | { readonly _tag: "Refused"; readonly error: Refusal; readonly commandIndex: number }
  | {
      readonly _tag: "ConflictRetriesExhausted";
      readonly attempts: number;
      readonly conflict: WrongExpectedRevision;
    }
  /** The caller's expected revision did not hold: it was not retried. */
  | WrongExpectedRevision
  | {
      readonly _tag: "EventDecodeError";
      readonly streamId: string;
      readonly revision: bigint;
      readonly error: DecodeErr;
    }
  /** A decided event does not pass the event codec once encoded: it was not written. */
  | {
      readonly _tag: "InvalidEvent";
      readonly streamId: string;
      readonly commandIndex: number;
      readonly eventType: string;
      readonly error: DecodeErr;
    }
  /** Encoding a decided event threw (a value its codec cannot write): it was not written. */
  | {
      readonly _tag: "UnencodableEvent";
      readonly streamId: string;
      readonly commandIndex: number;
      readonly eventType: string;
      readonly message: string;
    }
  /** The command id is already recorded for a different command (or by another append). */
  | { readonly _tag: "CommandIdReused"; readonly streamId: string; readonly commandId: string }
  /** A batch must address one stream: it is appended in one atomic append. */
  | { readonly _tag: "MixedStreams"; readonly streamIds: readonly string[] }
  | { readonly _tag: "EmptyBatch" };

export interface HandledCommand<Ev, S> {
  /** Events the commands produced (on a replay: the ones they produced the first time). */
  readonly events: readonly Ev[];
  readonly recorded: readonly RecordedEvent[];
  /** Revision the stream is at after the command; "no-stream" if it decided nothing on an empty stream. */
  readonly nextExpectedRevision: StreamRevision;
  /** The state of the stream after the command (on a replay: as it is now). */
  readonly state: S;
  /** True when the command id was already in the stream: nothing was decided or written. */
  readonly idempotentReplay: boolean;
  /** Appends tried, 1 unless a concurrent writer forced a reload. */
  readonly attempts: number;
}

/** Commands carry their id and (once stamped) their recording time in `metadata`. */
export interface CommandWithMetadata {
  readonly metadata: { readonly commandId: string; readonly recordedAt?: string };
}

export interface CommandHandlerOptions<C extends CommandWithMetadata, Ev, S, DomainErr, DecodeErr> {
  readonly store: Pick<EventStore, "appendToStream" | "readStream">;
  readonly decider: Decider<C, Ev, S, DomainErr>;
  readonly streamIdOf: (command: C) => string;
  /** Must keep the command id in `metadata.commandId`: the store's idempotency relies on it. */
  readonly encode: (event: Ev) => EventToAppend;
  /** Reads a stored event; also run on every encoded event before it is appended. */
  readonly decode: (stored: EventToAppend & { readonly revision?: bigint }) => E.Either<DecodeErr, Ev>;
  /**
   * The digest of a command's content, kept in `metadata.commandDigest` of the events it
   * produced: a later command with the same id but another digest is refused
   * (`CommandIdReused`) instead of being answered with the first one's result.
   */
  readonly digestOf?: (command: C) => string;
  /** Stamps `recordedAt`; injectable so tests and replays are deterministic. */
  readonly clock?: () => Date;
  /** Appends tried before a run of conflicts is reported (default 5). */
  readonly maxAttempts?: number;
  /**
   * Keep the state of up to `maxStreams` streams in memory (least recently used evicted):
   * a command then reads only the events written since, by this or any other process. For
   * long-running processes; without it every command folds its whole stream.
   */
  readonly stateCache?: { readonly maxStreams: number };
  /**
   * Durable snapshots, so that a command on a stream not in memory folds only the events
   * after one. `load` gives a state checked against the stream (or nothing: fold it all).
   * A snapshot does not know the command ids before it, so `recordedCommands` says which of
   * a batch's ids the stream holds and where: one at or before the snapshot makes the
   * handler read the whole stream, to answer the repeat with its original events.
   */
  readonly snapshots?: {
    readonly load: (
      streamId: string,
    ) => Promise<{ readonly state: S; readonly revision: bigint } | undefined>;
    readonly recordedCommands: (
      streamId: string,
      commandIds: readonly string[],
    ) => Promise<ReadonlyMap<string, bigint>>;
  };
  /**
   * Runs once per attempt on the state a batch will be decided on, before any `beforeDecide`:
   * fills in what a snapshot leaves out (facts asked for by key) so that `decide` stays a
   * pure function of the state.
   */
  readonly prepare?: (streamId: string, commands: readonly C[], state: S) => Promise<S>;
}

export interface HandleOptions<C, S, Refusal> {
  /**
   * Decide only on this revision of the stream ("no-stream": only on a new stream). A
   * mismatch, or a conflict on append, is returned as `WrongExpectedRevision`, never retried.
   */
  readonly expectedRevision?: StreamRevision;
  /** Runs before each command is decided, on the state it will be decided on. */
  readonly beforeDecide?: (
    command: C,
    state: S,
  ) => E.Either<Refusal, unknown> | Promise<E.Either<Refusal, unknown>>;
  /** Merged into the metadata of every event written (audit material such as annotations). */
  readonly metadata?: JsonObject;
  /**
   * Decide, encode and validate as for real, write nothing: `recorded` is empty and the
   * revision the loaded one (a dry run, e.g. for `reconcile` to check what `import` would write).
   */
  readonly dryRun?: boolean;
  /** The commands' content digests, in order, when the caller has them already (else `digestOf`). */
  readonly digests?: readonly string[];
}

export interface CommandHandler<C, Ev, S, DomainErr, DecodeErr> {
  /** One command, or a batch on one stream: decided in order, appended in one atomic append. */
  <Refusal = never>(
    commands: C | readonly C[],
    options?: HandleOptions<C, S, Refusal>,
  ): Promise<E.Either<HandlerError<DomainErr, DecodeErr, Refusal>, HandledCommand<Ev, S>>>;
  /**
   * Starts the state cache of `streamId` from a snapshot (for instance a durable one). Commands
   * recorded before it are recognised through `snapshots.recordedCommands` when given, else
   * only by the store's idempotency on append.
   */
  readonly warm: (streamId: string, snapshot: { readonly state: S; readonly revision: bigint }) => void;
}
