import * as E from "fp-ts/Either";
import type { RecordedEvent, StreamRevision, WrongExpectedRevision } from "../port";
import { decideInOrder } from "./decideInOrder";
import { type StreamSnapshot, createStateCache, holdsCommand } from "./stateCache";
import { createStreamQueue } from "./streamQueue";
import type {
  CommandHandler,
  CommandHandlerOptions,
  CommandWithMetadata,
  HandleOptions,
  HandledCommand,
  HandlerError,
} from "./types";
import { eventsToWrite, reusedId } from "./writtenEvents";

export type * from "./types";

interface Loaded<S, Ev> {
  readonly state: S;
  readonly revision: StreamRevision;
  /** Events already in the stream from the batch's command ids, in stream order. */
  readonly earlier: { readonly events: Ev[]; readonly recorded: RecordedEvent[] };
  readonly snapshot?: StreamSnapshot<S>;
  /** Cached state used without reading the stream: possibly behind it. */
  readonly unverified?: boolean;
}

/**
 * Load, decide, append with the expected revision. A conflict means someone else wrote the
 * stream in between: reload and decide again, up to `maxAttempts` appends. A command whose
 * id the stream already holds is answered with its original events, without deciding again
 * (so a retry succeeds even where deciding twice would be refused), provided its content
 * digest matches.
 *
 * Commands this handler receives for one stream are queued and run one at a time, so each
 * decides on the state the one before left; other processes are still met by the expected
 * revision. With `stateCache`, the state a command ends on is kept (it follows from the
 * decided events, no re-read) and the next command on that stream decides on it directly: a
 * decision on a state that writers elsewhere have overtaken fails its append, and a refusal
 * or no-op is decided again on fresh state. Either way only the events written after the
 * cached revision are read.
 */
export const createCommandHandler = <C extends CommandWithMetadata, Ev, S, DomainErr, DecodeErr>(
  options: CommandHandlerOptions<C, Ev, S, DomainErr, DecodeErr>,
): CommandHandler<C, Ev, S, DomainErr, DecodeErr> => {
  const { store, decider, decode, streamIdOf, digestOf } = options;
  const clock = options.clock ?? (() => new Date());
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  let cache = options.stateCache ? createStateCache<S>(options.stateCache.maxStreams) : undefined;
  const queue = createStreamQueue();
  type Failure = HandlerError<DomainErr, DecodeErr, unknown>;

  const decodeError = (streamId: string, revision: bigint, error: DecodeErr): Failure => ({
    _tag: "EventDecodeError",
    streamId,
    revision,
    error,
  });
  const noEvents = () => ({ events: [] as Ev[], recorded: [] as RecordedEvent[] });
  const empty = (): StreamSnapshot<S> => ({
    state: decider.initialState,
    revision: "no-stream",
    commandIds: new Map(),
  });

  /** Folds the stream from `from`'s revision on; collects the events of `ids` met on the way. */
  const fold = async (
    streamId: string,
    from: StreamSnapshot<S>,
    ids: ReadonlySet<string>,
  ): Promise<E.Either<Failure, Loaded<S, Ev> & { snapshot: StreamSnapshot<S> }>> => {
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
      if (ids.has(id)) {
        earlier.events.push(decoded.right);
        earlier.recorded.push(recorded);
      }
    }
    const { commandsKnownFrom } = from;
    const snapshot = {
      state,
      revision,
      commandIds,
      ...(commandsKnownFrom === undefined ? {} : { commandsKnownFrom }),
    };
    return E.right({ state, revision, earlier, snapshot });
  };

  /** Whether a command of the batch is recorded before the ids `from` knows (a snapshot's start). */
  const repeatsBefore = async (streamId: string, from: StreamSnapshot<S>, ids: ReadonlySet<string>) => {
    const knownFrom = from.commandsKnownFrom;
    if (knownFrom === undefined || options.snapshots === undefined) return false;
    const recorded = await options.snapshots.recordedCommands(streamId, [...ids]);
    return [...recorded.values()].some((revision) => revision < knownFrom);
  };

  /** A durable snapshot to fold from, unless a command of the batch lies in the part it covers. */
  const durableStart = async (streamId: string, ids: ReadonlySet<string>) => {
    const found = await options.snapshots?.load(streamId);
    if (found === undefined) return undefined;
    const start: StreamSnapshot<S> = {
      state: found.state,
      revision: found.revision,
      commandIds: new Map(),
      commandsKnownFrom: found.revision + 1n,
    };
    return (await repeatsBefore(streamId, start, ids)) ? undefined : start;
  };

  /**
   * With `trustCache`, a cached state is used without reading: the expected revision on
   * append proves it current, and the caller re-checks a refusal or an empty decision on
   * fresh state (`unverified`). Otherwise only the events after the cached revision are read.
   */
  const load = async (
    streamId: string,
    ids: ReadonlySet<string>,
    trustCache: boolean,
  ): Promise<E.Either<Failure, Loaded<S, Ev>>> => {
    const cached = cache?.get(streamId);
    if (
      cached !== undefined &&
      ![...ids].some((id) => holdsCommand(cached, id)) &&
      !(await repeatsBefore(streamId, cached, ids))
    ) {
      if (trustCache) return E.right({ ...cached, earlier: noEvents(), snapshot: cached, unverified: true });
      const caught = await fold(streamId, cached, ids);
      if (E.isRight(caught)) cache?.offer(streamId, caught.right.snapshot);
      return caught;
    }
    // Not cached, or a repeat of a command in the cached part: its events are needed, read it all
    // (from a durable snapshot when one covers none of the batch's commands).
    const loaded = await fold(streamId, (await durableStart(streamId, ids)) ?? empty(), ids);
    if (E.isRight(loaded)) cache?.offer(streamId, loaded.right.snapshot);
    return loaded;
  };

  /** After our own append: the state follows from the decided events, nothing to re-read. */
  const remember = (
    streamId: string,
    loaded: Loaded<S, Ev>,
    state: S,
    firsts: Map<string, bigint>,
    next: bigint,
  ) => {
    if (cache === undefined || loaded.snapshot === undefined) return;
    const { commandIds, commandsKnownFrom } = loaded.snapshot;
    for (const [id, revision] of firsts) if (!commandIds.has(id)) commandIds.set(id, revision);
    cache.offer(streamId, {
      state,
      revision: next,
      commandIds,
      ...(commandsKnownFrom === undefined ? {} : { commandsKnownFrom }),
    });
  };

  const decodeAll = (streamId: string, recorded: readonly RecordedEvent[]): E.Either<Failure, Ev[]> => {
    const events: Ev[] = [];
    for (const r of recorded) {
      const decoded = decode(r);
      if (E.isLeft(decoded)) return E.left(decodeError(streamId, r.revision, decoded.left));
      events.push(decoded.right);
    }
    return E.right(events);
  };

  const run = async (
    streamId: string,
    commands: readonly C[],
    o: HandleOptions<C, S, unknown>,
  ): Promise<E.Either<Failure, HandledCommand<Ev, S>>> => {
    const recordedAt = clock().toISOString();
    const stamped = commands.map((c) => ({ ...c, metadata: { ...c.metadata, recordedAt } }) as C);
    const ids = stamped.map((c) => c.metadata.commandId);
    const idSet = new Set(ids);
    const digests = new Map<string, string>();
    for (const [index, c] of stamped.entries()) {
      const digest = o.digests?.[index] ?? digestOf?.(c);
      if (digest !== undefined) digests.set(c.metadata.commandId, digest);
    }
    const { expectedRevision } = o;
    let conflict: WrongExpectedRevision | undefined;
    let trustCache = true;
    for (let attempt = 1; attempt <= maxAttempts; ) {
      const loaded = await load(streamId, idSet, trustCache);
      if (E.isLeft(loaded)) return loaded;
      const { revision, earlier, unverified } = loaded.right;
      if (earlier.recorded.length > 0) {
        const reused = reusedId(streamId, earlier.recorded, digests);
        // The store keys a batch by its first command id; any other id already there belongs to another append.
        if (reused !== undefined) return E.left(reused);
        const first = earlier.recorded.find((r) => r.metadata.commandId === ids[0]);
        if (first === undefined)
          return E.left({
            _tag: "CommandIdReused",
            streamId,
            commandId: earlier.recorded[0]!.metadata.commandId,
          });
        return E.right({
          ...earlier,
          nextExpectedRevision: revision,
          state: loaded.right.state,
          idempotentReplay: true,
          attempts: attempt - 1,
        });
      }
      if (expectedRevision !== undefined && expectedRevision !== revision) {
        if (unverified === true) {
          trustCache = false;
          continue;
        }
        return E.left({
          _tag: "WrongExpectedRevision",
          streamId,
          expected: expectedRevision,
          actual: revision,
        });
      }
      const prepared =
        options.prepare === undefined
          ? loaded.right.state
          : await options.prepare(streamId, stamped, loaded.right.state);
      const base = revision === "no-stream" ? 0n : revision + 1n;
      const batch = await decideInOrder(decider, stamped, prepared, base, o.beforeDecide);
      // Only an append checks the cached state; a refusal or a no-op is decided again on fresh state.
      if ((E.isLeft(batch) || batch.right.decided.length === 0) && unverified === true) {
        trustCache = false;
        continue;
      }
      if (E.isLeft(batch)) return batch;
      const { state, decided, origins, firsts } = batch.right;
      if (decided.length === 0) {
        return E.right({
          ...noEvents(),
          nextExpectedRevision: revision,
          state,
          idempotentReplay: false,
          attempts: attempt - 1,
        });
      }
      const toAppend = eventsToWrite(options, streamId, decided, origins, o.metadata, digests);
      if (E.isLeft(toAppend)) return toAppend;
      if (o.dryRun === true) {
        return E.right({
          events: decided,
          recorded: [],
          nextExpectedRevision: revision,
          state,
          idempotentReplay: false,
          attempts: 0,
        });
      }
      const appended = await store.appendToStream(streamId, toAppend.right, expectedRevision ?? revision);
      if (E.isLeft(appended)) {
        if (expectedRevision !== undefined) return E.left(appended.left);
        conflict = appended.left;
        trustCache = false;
        attempt++;
        continue;
      }
      const { events: recorded, nextExpectedRevision, idempotentReplay } = appended.right;
      if (!idempotentReplay) {
        remember(streamId, loaded.right, state, firsts, nextExpectedRevision);
        return E.right({
          events: decided,
          recorded,
          nextExpectedRevision,
          state,
          idempotentReplay,
          attempts: attempt,
        });
      }
      // Another writer recorded this command after our read: our state is stale.
      cache?.drop(streamId);
      const reused = reusedId(streamId, recorded, digests);
      if (reused !== undefined) return E.left(reused);
      const fresh = await load(streamId, new Set(), false);
      if (E.isLeft(fresh)) return fresh;
      return E.map((events: Ev[]) => ({
        events,
        recorded,
        nextExpectedRevision,
        state: fresh.right.state,
        idempotentReplay,
        attempts: attempt,
      }))(decodeAll(streamId, recorded));
    }
    return E.left({ _tag: "ConflictRetriesExhausted", attempts: maxAttempts, conflict: conflict! });
  };

  const handle = async (input: C | readonly C[], o: HandleOptions<C, S, unknown> = {}) => {
    const commands: readonly C[] = Array.isArray(input) ? input : [input as C];
    if (commands.length === 0) return E.left<Failure, HandledCommand<Ev, S>>({ _tag: "EmptyBatch" });
    const streamIds = [...new Set(commands.map(streamIdOf))];
    if (streamIds.length > 1)
      return E.left<Failure, HandledCommand<Ev, S>>({ _tag: "MixedStreams", streamIds });
    const streamId = streamIds[0]!;
    return queue(streamId, () => run(streamId, commands, o));
  };

  const warm = (streamId: string, snapshot: { readonly state: S; readonly revision: bigint }) => {
    cache ??= createStateCache<S>(1_000);
    cache.offer(streamId, { ...snapshot, commandIds: new Map(), commandsKnownFrom: snapshot.revision + 1n });
  };

  return Object.assign(handle, { warm }) as unknown as CommandHandler<C, Ev, S, DomainErr, DecodeErr>;
};
