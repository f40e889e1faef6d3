import { randomUUID } from "node:crypto";
import type * as streams from "@eventstore/db-client/generated/streams_pb";
import { type ServerWritableStream, status } from "@grpc/grpc-js";
import type { Log, LogRecord } from "./log";
import { caughtUp, confirmation, readEventOf, streamNameOf, streamNotFound } from "./messages";

export interface SubscriptionControls {
  /** Subscriptions opened from now on drop (UNAVAILABLE) after delivering this many events each. */
  dropNextSubscriptionsAfter(events: number, subscriptions?: number): void;
  /** Ends every open subscription with UNAVAILABLE, as a server restart would. */
  dropAllSubscriptions(): void;
  /** Subscriptions opened so far. */
  subscriptionsOpened(): number;
  /**
   * The next `reads` plain `$all` reads leave out every record written from now on, as a
   * node whose `$all` lags behind its acknowledged writes would.
   */
  lagAllReads(reads: number): void;
}

type Call = ServerWritableStream<streams.ReadReq, streams.ReadResp>;

const fail = (call: Call, code: status, details: string) => call.emit("error", { code, details });

const countOf = (options: streams.ReadReq.Options): number =>
  options.hasCount() ? Number(BigInt(options.getCount())) : Number.MAX_SAFE_INTEGER;

const backwardsOf = (options: streams.ReadReq.Options): boolean => options.getReadDirection() === 1;

/** The stream-name or event-type filter of a `$all` read, as a predicate. */
const filterOf = (options: streams.ReadReq.Options): ((record: LogRecord) => boolean) => {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType()!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() === "" ? undefined : new RegExp(expression.getRegex());
  return (record) => {
    const subject = onStream ? record.streamId : record.type;
    if (prefixes.length > 0 && !prefixes.some((p) => subject.startsWith(p))) return false;
    return regex === undefined || regex.test(subject);
  };
};

const sendAndEnd = (call: Call, records: readonly LogRecord[]) => {
  for (const record of records) call.write(readEventOf(record));
  call.end();
};

const readStream = (log: Log, call: Call, options: streams.ReadReq.Options) => {
  const stream = options.getStream()!;
  const streamId = streamNameOf(stream.getStreamIdentifier());
  const records = log.stream(streamId);
  if (records === undefined || records.length === 0) {
    call.write(streamNotFound(streamId));
    call.end();
    return;
  }
  const count = countOf(options);
  const last = records.length - 1;
  const from = stream.hasRevision() ? Number(BigInt(stream.getRevision())) : undefined;
  if (backwardsOf(options)) {
    const start = stream.hasStart() ? -1 : Math.min(from ?? last, last);
    sendAndEnd(call, records.slice(Math.max(0, start - count + 1), start + 1).reverse());
  } else {
    const start = stream.hasEnd() ? records.length : (from ?? 0);
    sendAndEnd(call, records.slice(start, start + count));
  }
};

/** Index in `$all` of a client-supplied position; the server refuses positions inside records. */
const indexOfPosition = (
  log: Log,
  call: Call,
  position: streams.ReadReq.Options.Position,
): number | undefined => {
  const at = log.indexAt(BigInt(position.getCommitPosition()));
  if (at < 0 || position.getCommitPosition() !== position.getPreparePosition()) {
    fail(
      call,
      status.OUT_OF_RANGE,
      `Invalid position ${position.getCommitPosition()}/${position.getPreparePosition()}`,
    );
    return undefined;
  }
  return at;
};

const readAll = (log: Log, call: Call, options: streams.ReadReq.Options, visible: number) => {
  const all = options.getAll()!;
  const count = countOf(options);
  const keep = filterOf(options);
  const backwards = backwardsOf(options);
  let start: number;
  if (all.hasPosition()) {
    const at = indexOfPosition(log, call, all.getPosition()!);
    if (at === undefined) return;
    // Forwards includes the event at the position; backwards starts before it.
    start = backwards ? at - 1 : at;
  } else if (all.hasEnd()) start = backwards ? log.all.length - 1 : log.all.length;
  else start = backwards ? -1 : 0;
  const out: LogRecord[] = [];
  if (backwards) start = Math.min(start, visible - 1);
  for (let i = start; out.length < count && i >= 0 && i < visible; i += backwards ? -1 : 1) {
    const record = log.all[i]!;
    if (keep(record)) out.push(record);
  }
  sendAndEnd(call, out);
};

interface OpenSubscription {
  readonly drop: () => void;
}

export const createReadHandler = (log: Log) => {
  const dropPlan: number[] = [];
  const open = new Set<OpenSubscription>();
  let opened = 0;
  let lag: { readonly visible: number; reads: number } | undefined;

  /** `$all` catch-up subscription: confirmation, stored events after the position, caught-up, live. */
  const subscribeToAll = (call: Call, options: streams.ReadReq.Options) => {
    const all = options.getAll()!;
    let next: number;
    if (all.hasPosition()) {
      const at = indexOfPosition(log, call, all.getPosition()!);
      if (at === undefined) return;
      next = at + 1;
    } else next = all.hasEnd() ? log.all.length : 0;
    opened++;
    const keep = filterOf(options);
    const dropAfter = dropPlan.shift();
    let delivered = 0;
    let live = false;
    let ended = false;
    const end = (code: status, details: string) => {
      if (ended) return;
      ended = true;
      stopListening();
      open.delete(subscription);
      fail(call, code, details);
    };
    const deliver = (record: LogRecord) => {
      if (ended || !keep(record)) return;
      if (dropAfter !== undefined && delivered >= dropAfter) {
        end(status.UNAVAILABLE, "Server is unavailable (subscription dropped by the test double)");
        return;
      }
      call.write(readEventOf(record));
      delivered++;
    };
    const stopListening = log.onWrite((records) => {
      if (!live) return;
      for (const record of records) deliver(record);
    });
    const subscription: OpenSubscription = { drop: () => end(status.UNAVAILABLE, "Server is shutting down") };
    open.add(subscription);
    call.on("cancelled", () => {
      ended = true;
      stopListening();
      open.delete(subscription);
    });
    call.write(confirmation(randomUUID()));
    // Catch-up and the switch to live happen in one synchronous run, so no write slips between.
    while (next < log.all.length && !ended) deliver(log.all[next++]!);
    if (ended) return;
    call.write(caughtUp());
    live = true;
  };

  const handler = (call: Call) => {
    try {
      route(call);
    } catch (error) {
      fail(
        call,
        status.INTERNAL,
        `test double failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
  };

  const route = (call: Call) => {
    const options = call.request.getOptions();
    if (options === undefined) {
      fail(call, status.INVALID_ARGUMENT, "read without options");
      return;
    }
    if (options.hasSubscription()) {
      if (options.hasAll()) subscribeToAll(call, options);
      else fail(call, status.UNIMPLEMENTED, "stream subscriptions are not modelled by the test double");
      return;
    }
    if (options.hasStream()) {
      readStream(log, call, options);
      return;
    }
    let visible = log.all.length;
    if (lag !== undefined && lag.reads > 0) {
      lag.reads--;
      visible = lag.visible;
    }
    readAll(log, call, options, visible);
  };

  const controls: SubscriptionControls = {
    dropNextSubscriptionsAfter: (events, subscriptions = 1) => {
      for (let i = 0; i < subscriptions; i++) dropPlan.push(events);
    },
    dropAllSubscriptions: () => {
      for (const subscription of [...open]) subscription.drop();
    },
    subscriptionsOpened: () => opened,
    lagAllReads: (reads) => {
      lag = { visible: log.all.length, reads };
    },
  };
  return { handler, controls };
};
