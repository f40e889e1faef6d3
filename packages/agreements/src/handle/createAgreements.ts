import {
  type AgreementState,
  type Command,
  type DecodeProblem,
  type DomainError,
  type DomainEvent,
  type Evaluation,
  agreementDecider,
  decodeEvent,
  encodeEvent,
} from "@grant-ledger/core";
import {
  type EventStore,
  type JsonObject,
  type RecordedEvent,
  type StreamRevision,
  createCommandHandler,
  snapshotStoreOf,
} from "@grant-ledger/event-store";
import * as E from "fp-ts/Either";
import { createStateAsOf } from "../asOf/stateAsOf";
import {
  DEFAULT_SNAPSHOT_EVERY,
  DEFAULT_SNAPSHOT_EVERY_CACHED,
  type SnapshotOptions,
  createDurableSnapshots,
} from "../snapshot/durableSnapshots";
import { agreementStreamId } from "../stream/agreementStreamId";
import { commandDigest, digestOfEncoded } from "./commandDigest";
import { decodeInput } from "./decodeInput";
import type { AgreementsError } from "./errors";
import { evaluationIn } from "./evaluation";
import { DEFAULT_MAX_CLOCK_SKEW_MS, type OccurredInFuture, occurredInFuture } from "./ledgerClock";

export interface AgreementsOptions {
  readonly store: Pick<EventStore, "appendToStream" | "readStream">;
  /** The ledger's clock: it stamps `recordedAt`, which time-dependent rules judge by. */
  readonly clock?: () => Date;
  /** How far `occurredAt` may lie ahead of the ledger's clock (default 5 minutes). */
  readonly maxClockSkewMs?: number;
  /** Appends tried before a run of conflicts is reported (default 5). */
  readonly maxAttempts?: number;
  /** For long-running processes: keep the state of up to `maxStreams` agreements in memory. */
  readonly stateCache?: { readonly maxStreams: number };
  /**
   * Durable snapshots (see `createDurableSnapshots`): by default the store's own snapshot store
   * when it has one (SQLite, in memory), a snapshot every 100 events (1,000 with the state
   * cache); `false` turns them off.
   */
  readonly snapshots?: SnapshotOptions | false;
}

export interface HandleOptions<Refusal> {
  /** Decide only on this revision of the agreement's stream (the service maps `If-Match` to it). */
  readonly expectedRevision?: StreamRevision;
  /**
   * Becomes the command id (a batch's first command; the others get `<key>/<n>`): the same key
   * with the same command replays the first result, with another command it is refused.
   */
  readonly idempotencyKey?: string;
  /** Authorisation and tenant checks: runs on the state each command will be decided on. */
  readonly beforeDecide?: (
    command: Command,
    state: AgreementState,
  ) => E.Either<Refusal, unknown> | Promise<E.Either<Refusal, unknown>>;
  /** Runs once the events are stored (not on a replay or when nothing was decided). */
  readonly afterAppend?: (handled: Handled) => void | Promise<void>;
  /** Audit material kept in `metadata.annotations` of every event written (never personal data). */
  readonly annotations?: JsonObject;
  /** Decode, check, decide and validate everything, write nothing (e.g. `reconcile` checking an import). */
  readonly dryRun?: boolean;
}

export interface Handled {
  readonly agreementId: string;
  /** Revision of the agreement's stream after the command. */
  readonly revision: StreamRevision;
  readonly events: readonly DomainEvent[];
  readonly recorded: readonly RecordedEvent[];
  readonly state: AgreementState;
  /** For a reallocation step: the policy's verdicts as recorded. */
  readonly evaluation?: Evaluation;
  /** The command id was already recorded for this very command: nothing was written. */
  readonly idempotentReplay: boolean;
  readonly attempts: number;
}

const snapshotOptionsFor = (options: AgreementsOptions): SnapshotOptions | undefined => {
  if (options.snapshots === false) return undefined;
  if (options.snapshots !== undefined) return options.snapshots;
  const own = snapshotStoreOf(options.store);
  if (own === undefined) return undefined;
  return {
    store: own,
    every: options.stateCache === undefined ? DEFAULT_SNAPSHOT_EVERY : DEFAULT_SNAPSHOT_EVERY_CACHED,
  };
};

type Gate<R> = OccurredInFuture | { readonly _tag: "Caller"; readonly refusal: R };

const withKey = (input: unknown, key: string | undefined, index: number): unknown => {
  if (key === undefined || typeof input !== "object" || input === null) return input;
  const { metadata } = input as { metadata?: unknown };
  const commandId = index === 0 ? key : `${key}/${index}`;
  return { ...input, metadata: { ...(typeof metadata === "object" ? metadata : {}), commandId } };
};

/**
 * The application layer of agreements: every caller (CLI, importer, demo, later the service)
 * acts on agreements through `handle`, which decodes, stamps the ledger's time, checks the
 * clock skew and the caller's hooks, decides with the core, validates and appends.
 */
export const createAgreements = (options: AgreementsOptions) => {
  const maxClockSkewMs = options.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  const snapshotOptions = snapshotOptionsFor(options);
  const durable =
    snapshotOptions === undefined ? undefined : createDurableSnapshots(options.store, snapshotOptions);
  const handler = createCommandHandler<Command, DomainEvent, AgreementState, DomainError, DecodeProblem[]>({
    store: options.store,
    decider: agreementDecider,
    streamIdOf: (c) => agreementStreamId(c.data.agreementId),
    encode: encodeEvent,
    decode: decodeEvent,
    digestOf: commandDigest,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    ...(options.stateCache === undefined ? {} : { stateCache: options.stateCache }),
    ...(durable === undefined ? {} : durable.handlerOptions),
  });

  const handle = async <Refusal = never>(
    input: unknown,
    o: HandleOptions<Refusal> = {},
  ): Promise<E.Either<AgreementsError<Refusal>, Handled>> => {
    const inputs: readonly unknown[] = Array.isArray(input) ? input : [input];
    const commands: Command[] = [];
    const digests: string[] = [];
    for (const [index, raw] of inputs.entries()) {
      const decoded = decodeInput(withKey(raw, o.idempotencyKey, index), index);
      if (E.isLeft(decoded)) return decoded;
      commands.push(decoded.right.command);
      digests.push(digestOfEncoded(decoded.right.encoded));
    }
    const { beforeDecide } = o;
    const result = await handler<Gate<Refusal>>(commands, {
      digests,
      ...(o.expectedRevision === undefined ? {} : { expectedRevision: o.expectedRevision }),
      ...(o.annotations === undefined ? {} : { metadata: { annotations: o.annotations } }),
      ...(o.dryRun === true ? { dryRun: true } : {}),
      beforeDecide: async (command, state) => {
        const early = occurredInFuture(command, maxClockSkewMs);
        if (early !== undefined) return E.left(early);
        if (beforeDecide === undefined) return E.right(undefined);
        return E.mapLeft((refusal: Refusal) => ({ _tag: "Caller" as const, refusal }))(
          await beforeDecide(command, state),
        );
      },
    });
    if (E.isLeft(result)) {
      const failure = result.left;
      if (failure._tag !== "Refused") return E.left(failure);
      const gate = failure.error;
      return E.left(
        gate._tag === "OccurredInFuture"
          ? { ...gate, commandIndex: failure.commandIndex }
          : { _tag: "Refused", error: gate.refusal, commandIndex: failure.commandIndex },
      );
    }
    const r = result.right;
    const evaluation = evaluationIn(r.events);
    const handled: Handled = {
      agreementId: commands[0]!.data.agreementId,
      revision: r.nextExpectedRevision,
      events: r.events,
      recorded: r.recorded,
      state: r.state,
      ...(evaluation === undefined ? {} : { evaluation }),
      idempotentReplay: r.idempotentReplay,
      attempts: r.attempts,
    };
    if (!r.idempotentReplay && r.recorded.length > 0) {
      await durable?.afterAppend(agreementStreamId(handled.agreementId), r.state, r.recorded);
      await o.afterAppend?.(handled);
    }
    return E.right(handled);
  };

  /** The agreement as stored, folded; undefined when it has no stream. */
  const load = async (
    agreementId: string,
  ): Promise<
    E.Either<
      Extract<AgreementsError, { _tag: "EventDecodeError" }>,
      { readonly state: AgreementState; readonly revision: bigint } | undefined
    >
  > => {
    const streamId = agreementStreamId(agreementId);
    let state = agreementDecider.initialState;
    let revision: bigint | undefined;
    for await (const recorded of options.store.readStream(streamId)) {
      const decoded = decodeEvent(recorded);
      if (E.isLeft(decoded))
        return E.left({
          _tag: "EventDecodeError",
          streamId,
          revision: recorded.revision,
          error: decoded.left,
        });
      state = agreementDecider.evolve(state, decoded.right);
      revision = recorded.revision;
    }
    return E.right(revision === undefined ? undefined : { state, revision });
  };

  /** Starts the state cache of an agreement from a snapshot (for instance a durable one). */
  const warm = (
    agreementId: string,
    snapshot: { readonly state: AgreementState; readonly revision: bigint },
  ) => handler.warm(agreementStreamId(agreementId), snapshot);

  /** The agreement as of a revision, or as recorded or effective at a moment (see `AsOf`). */
  const stateAsOf = createStateAsOf({
    store: options.store,
    ...(snapshotOptions === undefined
      ? {}
      : {
          snapshots: snapshotOptions.store,
          ...(snapshotOptions.onIgnored === undefined
            ? {}
            : { onSnapshotIgnored: snapshotOptions.onIgnored }),
        }),
  });

  return { handle, load, warm, stateAsOf };
};

export type Agreements = ReturnType<typeof createAgreements>;
