import type { Command } from "@grant-ledger/core";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { type EventStore, createInMemoryEventStore } from "@grant-ledger/event-store";
import { collect, unwrap } from "@grant-ledger/event-store/testing";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { agreementStreamId } from "../stream/agreementStreamId";
import { createAgreements } from "./createAgreements";
import { describeAgreementsError } from "./errors";

const stream = agreementStreamId(EXAMPLE_AGREEMENT_ID);
const clock = () => new Date("2007-05-08T10:30:00Z");
const withId = <C extends Command>(command: C, commandId: string, occurredAt?: string): C =>
  ({ ...command, metadata: { ...command.metadata, commandId, ...(occurredAt ? { occurredAt } : {}) } }) as C;
const request = (requestId: string, units: number) =>
  requestReallocation(requestId, [shift("6/OBW/Stad", "6/OBW/Velden", units)], actors.director);

const signedStore = async () => {
  const store = createInMemoryEventStore();
  const agreements = createAgreements({ store, clock });
  unwrap(await agreements.handle([proposeExample(), signBy("provider"), signBy("municipality")]));
  return { store, agreements };
};

describe.each([
  ["without a state cache", undefined],
  ["with a state cache", { maxStreams: 4 }],
])("a command id is bound to its command %s", (_mode, stateCache) => {
  const fresh = (store: EventStore) =>
    createAgreements({ store, clock, ...(stateCache ? { stateCache } : {}) });

  it("replays the first result for the same command, sent again later", async () => {
    const { store } = await signedStore();
    const { handle } = fresh(store);
    const first = unwrap(await handle(withId(request("r-1", 5), "retry-me", "2007-05-08T10:00:00Z")));
    const again = unwrap(await handle(withId(request("r-1", 5), "retry-me", "2007-05-08T10:20:00Z")));
    expect(again.idempotentReplay).toBe(true);
    expect(again.recorded).toEqual(first.recorded);
    expect(again.evaluation).toEqual(first.evaluation);
  });

  it("refuses the same id for a different command, naming it, and records nothing", async () => {
    const { store } = await signedStore();
    const { handle } = fresh(store);
    unwrap(await handle(withId(request("r-1", 5), "taken")));
    const before = (await collect(store.readStream(stream))).length;
    for (const other of [request("r-1", 6), request("r-2", 5), signBy("provider")]) {
      const refused = await handle(withId(other, "taken"));
      expect(E.isLeft(refused) && refused.left).toEqual({
        _tag: "CommandIdReused",
        streamId: stream,
        commandId: "taken",
      });
      expect(E.isLeft(refused) && describeAgreementsError(refused.left)).toContain("for a different command");
    }
    expect((await collect(store.readStream(stream))).length).toBe(before);
  });

  it("refuses the import's command id for a reallocation (the issue's repro)", async () => {
    const { store } = await signedStore();
    const [proposed] = await collect(store.readStream(stream));
    const refused = await fresh(store).handle(withId(request("r-1", 5), proposed!.metadata.commandId));
    expect(E.isLeft(refused) && refused.left._tag).toBe("CommandIdReused");
  });

  it("maps an idempotency key to the command id", async () => {
    const { store } = await signedStore();
    const { handle } = fresh(store);
    const first = unwrap(await handle(request("r-1", 5), { idempotencyKey: "key-1" }));
    expect(first.recorded[0]?.metadata.commandId).toBe("key-1");
    expect(unwrap(await handle(request("r-1", 5), { idempotencyKey: "key-1" })).idempotentReplay).toBe(true);
    const other = await handle(request("r-9", 5), { idempotencyKey: "key-1" });
    expect(E.isLeft(other) && other.left._tag).toBe("CommandIdReused");
  });
});
