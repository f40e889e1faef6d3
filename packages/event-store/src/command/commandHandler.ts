import type { Decider } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type {
  EventStore,
  EventToAppend,
  RecordedEvent,
  StreamRevision,
  WrongExpectedRevision,
} from "../port";
import { type StreamSnapshot, createStateCache, holdsCommand } from "./stateCache";

export type HandlerError<DomainErr, DecodeErr> =
  | { readonly _tag: "DomainError"; readonly error: DomainErr }
  | {
      readonly _tag: "ConflictRetriesExhausted";
      readonly attempts: number;
      readonly conflict: WrongExpectedRevision;
    }
  | {
      readonly _tag: "EventDecodeError";
      readonly streamId: string;
      readonly revision: bigint;
      readonly error: DecodeErr;
    };

export interface HandledCommand<Ev> {
  /** Events this command produced (on a replay: the ones it produced the first time). */
  readonly events: readonly Ev[];
  readonly recorded: readonly RecordedEvent[];
  /** Revision the stream is at after the command; "no-stream" if it decided nothing on an empty stream. */
  readonly nextExpectedRevision: StreamRevision;
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
  readonly decode: (recorded: RecordedEvent) => E.Either<DecodeErr, Ev>;
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
}

export type CommandHandler<C, Ev, DomainErr, DecodeErr> = (
  command: C,
) => Promise<E.Either<HandlerError<DomainErr, DecodeErr>, HandledCommand<Ev>>>;

interface Loaded<S, Ev> {
  readonly state: S;
  readonly revision: StreamRevision;
  /** Events already in the stream from this command id. */
  readonly earlier: { readonly events: Ev[]; readonly recorded: RecordedEvent[] };
  readonly snapshot?: StreamSnapshot<S>;
  /** Cached state used without reading the stream: possibly behind it. */
  readonly unverified?: boolean;
}

/**
 * Load, decide, append with the expected revision. A conflict means someone else wrote the
 * stream in between: reload and decide again, up to `maxAttempts` appends. A command whose
 * id the stream already holds is answered with its original events, without deciding again
 * (so a retry succeeds even where deciding twice would be refused).
 *
 * With `stateCache`, the state a command ends on is kept (it follows from the decided events,
 * no re-read) and the next command on that stream decides on it directly: the expected
 * revision on append rejects a decision on a state that writers elsewhere have overtaken, and
 * a refusal or no-op is decided again on fresh state. Either way only the events written after
 * the cached revision are read.
 */
export const createCommandHandler = <C extends CommandWithMetadata, Ev, S, DomainErr, DecodeErr>(
  options: CommandHandlerOptions<C, Ev, S, DomainErr, DecodeErr>,
): CommandHandler<C, Ev, DomainErr, DecodeErr> => {
  const { store, decider, encode, decode, streamIdOf } = options;
  const clock = options.clock ?? (() => new Date());
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);

  const cache = options.stateCache ? createStateCache<S>(options.stateCache.maxStreams) : undefined;
  const decodeError = (
    streamId: string,
    revision: bigint,
    error: DecodeErr,
  ): HandlerError<DomainErr, DecodeErr> => ({
    _tag: "EventDecodeError",
    streamId,
    revision,
    error,
  });

  /** Folds the stream from `from`'s revision on; collects the events of `commandId` met on the way. */
  const fold = async (
    streamId: string,
    from: StreamSnapshot<S>,
    commandId: string,
  ): Promise<
    E.Either<HandlerError<DomainErr, DecodeErr>, Loaded<S, Ev> & { snapshot: StreamSnapshot<S> }>
  > => {
    let { state, revision } = from;
    const { commandIds } = from;
    const earlier = noEvents();
    const start = revision === "no-stream" ? undefined : { from: revision + 1n };
    for await (const recorded of store.readStream(streamId, start)) {
      const decoded = decode(recorded);
      if (E.isLeft(decoded)) return E.left(decodeError(streamId, recorded.revision, decoded.left));
      state = decider.evolve(state, decoded.right);
      revision = recorded.revision;
      const id = recorded.metadata.commandId;
      if (cache !== undefined && !commandIds.has(id)) commandIds.set(id, revision);
      if (id === commandId) {
        earlier.events.push(decoded.right);
        earlier.recorded.push(recorded);
      }
    }
    return E.right({ state, revision, earlier, snapshot: { state, revision, commandIds } });
  };

  const noEvents = () => ({ events: [] as Ev[], recorded: [] as RecordedEvent[] });
  const empty = (): StreamSnapshot<S> => ({
    state: decider.initialState,
    revision: "no-stream",
    commandIds: new Map(),
  });

  /**
   * With `trustCache`, a cached state is used without reading: the expected revision on
   * append proves it current, and the caller re-checks a refusal or an empty decision on
   * fresh state (`unverified`). Otherwise only the events after the cached revision are read.
   */
  const load = async (
    streamId: string,
    commandId: string,
    trustCache: boolean,
  ): Promise<E.Either<HandlerError<DomainErr, DecodeErr>, Loaded<S, Ev>>> => {
    const cached = cache?.get(streamId);
    if (cached !== undefined && !holdsCommand(cached, commandId)) {
      if (trustCache) return E.right({ ...cached, earlier: noEvents(), snapshot: cached, unverified: true });
      const caught = await fold(streamId, cached, commandId);
      if (E.isRight(caught)) cache?.offer(streamId, caught.right.snapshot);
      return caught;
    }
    // Not cached, or a repeat of a command in the cached part: its events are needed, read it all.
    const loaded = await fold(streamId, empty(), commandId);
    if (E.isRight(loaded)) cache?.offer(streamId, loaded.right.snapshot);
    return loaded;
  };

  /** After our own append: the state follows from the decided events, nothing to re-read. */
  const remember = (
    streamId: string,
    loaded: Loaded<S, Ev>,
    decided: readonly Ev[],
    next: bigint,
    commandId: string,
  ) => {
    if (cache === undefined || loaded.snapshot === undefined) return;
    const { commandIds } = loaded.snapshot;
    if (!commandIds.has(commandId)) commandIds.set(commandId, next - BigInt(decided.length) + 1n);
    cache.offer(streamId, {
      state: decided.reduce((folded, event) => decider.evolve(folded, event), loaded.state),
      revision: next,
      commandIds,
    });
  };

  const decodeAll = (
    streamId: string,
    recorded: readonly RecordedEvent[],
  ): E.Either<HandlerError<DomainErr, DecodeErr>, Ev[]> => {
    const events: Ev[] = [];
    for (const r of recorded) {
      const decoded = decode(r);
      if (E.isLeft(decoded)) return E.left(decodeError(streamId, r.revision, decoded.left));
      events.push(decoded.right);
    }
    return E.right(events);
  };

  return async (command) => {
    const streamId = streamIdOf(command);
    const { commandId } = command.metadata;
    const stamped = { ...command, metadata: { ...command.metadata, recordedAt: clock().toISOString() } } as C;
    let conflict: WrongExpectedRevision | undefined;
    let trustCache = true;
    for (let attempt = 1; attempt <= maxAttempts; ) {
      const loaded = await load(streamId, commandId, trustCache);
      if (E.isLeft(loaded)) return loaded;
      const { state, revision, earlier } = loaded.right;
      if (earlier.recorded.length > 0) {
        return E.right({
          ...earlier,
          nextExpectedRevision: revision,
          idempotentReplay: true,
          attempts: attempt - 1,
        });
      }
      const decided = decider.decide(stamped, state);
      const settled = E.isRight(decided) && decided.right.length > 0;
      // Only an append checks the cached state; a refusal or a no-op is decided again on fresh state.
      if (!settled && loaded.right.unverified === true) {
        trustCache = false;
        continue;
      }
      if (E.isLeft(decided)) return E.left({ _tag: "DomainError", error: decided.left });
      if (decided.right.length === 0) {
        return E.right({
          events: [],
          recorded: [],
          nextExpectedRevision: revision,
          idempotentReplay: false,
          attempts: attempt - 1,
        });
      }
      const appended = await store.appendToStream(streamId, decided.right.map(encode), revision);
      if (E.isLeft(appended)) {
        conflict = appended.left;
        trustCache = false;
        attempt++;
        continue;
      }
      const { events: recorded, nextExpectedRevision, idempotentReplay } = appended.right;
      // A replay means another writer recorded this command after our read: our state is stale.
      if (idempotentReplay) cache?.drop(streamId);
      else remember(streamId, loaded.right, decided.right, nextExpectedRevision, commandId);
      const events = idempotentReplay ? decodeAll(streamId, recorded) : E.right([...decided.right]);
      return E.map((evs: Ev[]) => ({
        events: evs,
        recorded,
        nextExpectedRevision,
        idempotentReplay,
        attempts: attempt,
      }))(events);
    }
    return E.left({ _tag: "ConflictRetriesExhausted", attempts: maxAttempts, conflict: conflict! });
  };
};
