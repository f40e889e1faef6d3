import type { AgreementState, Command } from "@grant-ledger/core";
import { type EventStore, type StreamRevision, agreementStreamId } from "@grant-ledger/event-store";
import { decideOrThrow, evolve, evolveRecorded, initialState, toAppend } from "../scenario/agreementDomain";

/**
 * What a long-running server does for hot agreements: keep each one's state and revision in
 * memory and decide on it directly. The expected revision on append still guards against
 * writers it did not see: on a conflict it reads the events written after the cached
 * revision and decides again.
 */
export const cachedStateHandler = (store: EventStore, maxAttempts = 5) => {
  const cache = new Map<string, { state: AgreementState; revision: StreamRevision }>();

  const catchUp = async (streamId: string) => {
    let { state, revision } = cache.get(streamId) ?? {
      state: initialState,
      revision: "no-stream" as StreamRevision,
    };
    const from = revision === "no-stream" ? 0n : revision + 1n;
    for await (const e of store.readStream(streamId, { from })) {
      state = evolveRecorded(state, e);
      revision = e.revision;
    }
    cache.set(streamId, { state, revision });
    return { state, revision };
  };

  const handle = async (command: Command) => {
    const streamId = agreementStreamId(command.data.agreementId);
    const stamped = { ...command, metadata: { ...command.metadata, recordedAt: new Date().toISOString() } };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const { state, revision } =
        (attempt === 1 ? cache.get(streamId) : undefined) ?? (await catchUp(streamId));
      const events = decideOrThrow(stamped, state);
      const appended = await store.appendToStream(streamId, events.map(toAppend), revision);
      if (appended._tag === "Left") continue;
      if (!appended.right.idempotentReplay) {
        let next = state;
        for (const e of events) next = evolve(next, e);
        cache.set(streamId, { state: next, revision: appended.right.nextExpectedRevision });
      }
      return appended.right;
    }
    throw new Error(`${streamId}: still conflicting after ${maxAttempts} attempts`);
  };

  return { handle, warm: catchUp };
};
