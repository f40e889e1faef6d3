import type { EventStoreDBClient, Position, ResolvedEvent } from "@eventstore/db-client";
import { START, streamNameFilter } from "@eventstore/db-client";
import type { Subscription, SubscriptionHandlers } from "@grant-ledger/event-store";
import { recordedOrThrow } from "../events/storedEvent";
import type { PositionIndex } from "../position/positionIndex";
import type { ProjectStreams } from "../position/streamFilter";
import { type ResubscribePolicy, delayFor, sleep } from "./backoff";

export interface SubscribeDependencies {
  readonly client: EventStoreDBClient;
  readonly index: PositionIndex;
  readonly streams: ProjectStreams;
  readonly resubscribe: ResubscribePolicy;
}

/** Where the server subscription (which starts after its position) resumes. */
interface Resume {
  readonly cursor: Position | undefined;
  readonly nextOrdinal: bigint;
}

/** Subscribing after the event before `fromPosition` delivers `fromPosition` itself. */
const resumeFor = async (index: PositionIndex, fromPosition: bigint): Promise<Resume> => {
  if (fromPosition === 0n) return { cursor: undefined, nextOrdinal: 0n };
  await index.catchUp();
  const before = index.positionAt(fromPosition - 1n);
  if (before !== undefined) return { cursor: before, nextOrdinal: fromPosition };
  return { cursor: index.lastScanned(), nextOrdinal: index.size() };
};

/** A handler's own failure: it ends the subscription instead of causing a resubscribe. */
interface HandlerFailed {
  readonly handlerFailed: true;
  readonly reason: unknown;
}

const handlerFailed = (reason: unknown): HandlerFailed => ({ handlerFailed: true, reason });

const isHandlerFailure = (error: unknown): error is HandlerFailed =>
  typeof error === "object" && error !== null && "handlerFailed" in error;

/**
 * Catch-up subscription on EventStoreDB's own `$all` subscription, filtered server-side to
 * the project's stream prefixes. Global positions are counted from the resume point, which
 * is exact because the filtered subscription delivers every project event in `$all` order.
 * When the server stream drops, it resubscribes after the last event handled, so nothing
 * is lost or repeated; delays double up to a cap, and it gives up after a bounded number of
 * consecutive failures.
 */
export const subscribeToAll = (
  deps: SubscribeDependencies,
  fromPosition: bigint,
  handlers: SubscriptionHandlers,
): Subscription => {
  let stopped = false;
  let release: () => void = () => undefined;
  const stoppedSignal = new Promise<void>((resolve) => {
    release = resolve;
  });
  let current: { unsubscribe(): Promise<void>; destroy(): void } | undefined;
  let lastDelivered: bigint | undefined;

  /** Runs one server subscription until it ends or fails; `progress.made` says if it got anywhere. */
  const follow = async (resume: { current: Resume }, progress: { made: boolean }): Promise<void> => {
    const { cursor } = resume.current;
    const server = deps.client.subscribeToAll({
      fromPosition: cursor ?? START,
      filter: streamNameFilter({ prefixes: [...deps.streams.prefixes] }),
    });
    current = server;
    let pulled = 0;
    let handled = 0;
    const caughtUpAt: number[] = [];
    let caughtUpFailure: HandlerFailed | undefined;
    const flushCaughtUp = () => {
      while (
        caughtUpAt.length > 0 &&
        caughtUpAt[0]! <= handled &&
        !stopped &&
        caughtUpFailure === undefined
      ) {
        caughtUpAt.shift();
        progress.made = true;
        try {
          handlers.onCaughtUp?.(lastDelivered);
        } catch (error) {
          // Runs inside the client's stream machinery: end the subscription from the loop instead.
          caughtUpFailure = handlerFailed(error);
          server.destroy();
        }
      }
    };
    // The client reports caught-up out of band; it belongs after the events already
    // decoded, which are those pulled plus those still buffered.
    server.on("caughtUp", () => {
      caughtUpAt.push(pulled + server.readableLength);
      flushCaughtUp();
    });
    try {
      for await (const resolved of server as AsyncIterable<ResolvedEvent>) {
        pulled++;
        if (stopped) break;
        const streamId = resolved.event?.streamId;
        const position = resolved.event?.position;
        if (streamId !== undefined && position !== undefined && deps.streams.includes(streamId)) {
          const ordinal = resume.current.nextOrdinal;
          resume.current = { cursor: position, nextOrdinal: ordinal + 1n };
          if (ordinal >= fromPosition) {
            const event = recordedOrThrow(resolved, ordinal);
            try {
              await handlers.onEvent(event);
            } catch (error) {
              throw handlerFailed(error);
            }
            lastDelivered = ordinal;
          }
          progress.made = true;
        }
        handled++;
        flushCaughtUp();
      }
    } catch (error) {
      throw caughtUpFailure ?? error;
    } finally {
      current = undefined;
      server.destroy();
    }
    if (caughtUpFailure !== undefined) throw caughtUpFailure;
  };

  const run = async (): Promise<void> => {
    const resume = { current: await resumeFor(deps.index, fromPosition) };
    let attempt = 0;
    while (!stopped) {
      const progress = { made: false };
      try {
        await follow(resume, progress);
        if (stopped) return;
        // The server ended the subscription without an error: resubscribe as after a drop.
        attempt = 1;
      } catch (error) {
        if (stopped) return;
        if (isHandlerFailure(error)) throw error.reason;
        attempt = progress.made ? 1 : attempt + 1;
        if (attempt > deps.resubscribe.maxAttempts) throw error;
      }
      await sleep(delayFor(deps.resubscribe, attempt), stoppedSignal);
    }
  };

  run().catch((error: unknown) => {
    if (!stopped) handlers.onError?.(error);
    stopped = true;
  });

  return {
    stop: async () => {
      stopped = true;
      release();
      const server = current;
      if (server !== undefined) {
        await server.unsubscribe();
        server.destroy();
      }
    },
  };
};
