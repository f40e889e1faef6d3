import type { Decider } from "@grant-ledger/core";
import * as E from "fp-ts/Either";
import type { EventStore, EventToAppend } from "../../port";
import { createCommandHandler } from "../commandHandler";

/** Test support for the command handler's tests. */
/** A deliberately small domain: a counter that opens once and never exceeds its limit. */
export type Meta = { readonly commandId: string; readonly recordedAt?: string };
export type CounterCommand =
  | { readonly type: "Open"; readonly id: string; readonly limit: number; readonly metadata: Meta }
  | { readonly type: "Add"; readonly id: string; readonly amount: number; readonly metadata: Meta };
export type CounterEvent =
  | {
      readonly type: "Opened";
      readonly limit: number;
      readonly commandId: string;
      readonly recordedAt: string;
    }
  | {
      readonly type: "Added";
      readonly amount: number;
      readonly commandId: string;
      readonly recordedAt: string;
    };
export type CounterState = { readonly open: boolean; readonly limit: number; readonly total: number };
type CounterError = "AlreadyOpen" | "NotOpen" | "LimitExceeded";

export const counter: Decider<CounterCommand, CounterEvent, CounterState, CounterError> = {
  initialState: { open: false, limit: 0, total: 0 },
  decide: (command, state) => {
    const stamp = {
      commandId: command.metadata.commandId,
      recordedAt: command.metadata.recordedAt ?? "unstamped",
    };
    if (command.type === "Open")
      return state.open
        ? E.left("AlreadyOpen")
        : E.right([{ type: "Opened", limit: command.limit, ...stamp }]);
    if (!state.open) return E.left("NotOpen");
    if (command.amount === 0) return E.right([]);
    return state.total + command.amount > state.limit
      ? E.left("LimitExceeded")
      : E.right([{ type: "Added", amount: command.amount, ...stamp }]);
  },
  evolve: (state, event) =>
    event.type === "Opened"
      ? { ...state, open: true, limit: event.limit }
      : { ...state, total: state.total + event.amount },
};

export const encode = (event: CounterEvent) => {
  const { commandId, recordedAt, ...data } = event;
  return { type: event.type, schemaVersion: 1, data: { ...data }, metadata: { commandId, recordedAt } };
};

export const decode = (
  recorded: EventToAppend & { readonly revision?: bigint },
): E.Either<string, CounterEvent> => {
  const { commandId } = recorded.metadata;
  const recordedAt = String(recorded.metadata.recordedAt);
  if (recorded.type === "Opened" && typeof recorded.data.limit === "number")
    return E.right({ type: "Opened", limit: recorded.data.limit, commandId, recordedAt });
  if (recorded.type === "Added" && typeof recorded.data.amount === "number")
    return E.right({ type: "Added", amount: recorded.data.amount, commandId, recordedAt });
  return E.left(`cannot read ${recorded.type} at revision ${String(recorded.revision)}`);
};

export const clock = () => new Date("2026-01-02T03:04:05Z");
export const handlerFor = (
  store: Pick<EventStore, "appendToStream" | "readStream">,
  maxAttempts?: number,
  maxStreams?: number,
) =>
  createCommandHandler({
    store,
    decider: counter,
    streamIdOf: (c: CounterCommand) => `counter-${c.id}`,
    encode,
    decode,
    clock,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    ...(maxStreams === undefined ? {} : { stateCache: { maxStreams } }),
  });

/** A store where someone else adds to the stream just before each of our first `times` appends. */
export const withIntruder = (store: EventStore, times: number): EventStore => {
  let left = times;
  return {
    ...store,
    appendToStream: async (streamId, events, expected) => {
      if (left-- > 0) {
        await store.appendToStream(
          streamId,
          [encode({ type: "Added", amount: 3, commandId: `intruder-${left}`, recordedAt: "x" })],
          "any",
        );
      }
      return store.appendToStream(streamId, events, expected);
    },
  };
};
