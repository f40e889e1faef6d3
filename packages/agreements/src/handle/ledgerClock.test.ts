import { type Command, encodeCommand } from "@grant-ledger/core";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { collect, unwrap } from "@grant-ledger/event-store/testing";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { agreementStreamId } from "../stream/agreementStreamId";
import { createAgreements } from "./createAgreements";
import { describeAgreementsError } from "./errors";

/** A clock the test moves. */
const movableClock = (start: string) => {
  let now = new Date(start);
  return {
    clock: () => now,
    set: (iso: string) => {
      now = new Date(iso);
    },
  };
};

const at = <C extends Command>(command: C, occurredAt: string): C =>
  ({ ...command, metadata: { ...command.metadata, occurredAt } }) as C;

/** The example agreement with a summer freeze window in its policy, signed in May 2007. */
const frozenInJuly = async () => {
  const time = movableClock("2007-05-08T10:30:00Z");
  const store = createInMemoryEventStore();
  const agreements = createAgreements({ store, clock: time.clock });
  // As wire JSON: the policy is written the way a caller sends it, defaults filled in by its codec.
  const propose = JSON.parse(JSON.stringify(encodeCommand(proposeExample())));
  propose.data.policy = {
    version: 1,
    freezeWindows: [{ from: "2007-07-01", to: "2007-07-31", reason: "summer closing" }],
  };
  unwrap(await agreements.handle([propose, signBy("provider"), signBy("municipality")]));
  return { time, store, agreements };
};

const smallShift = (requestId: string, occurredAt: string) =>
  at(requestReallocation(requestId, [shift("6/OBW/Stad", "6/OBW/Velden", 5)], actors.director), occurredAt);

describe("the ledger's clock", () => {
  it("stamps recordedAt from its own clock, whatever the caller sends", async () => {
    const time = movableClock("2007-05-08T10:30:00Z");
    const store = createInMemoryEventStore();
    const { handle } = createAgreements({ store, clock: time.clock });
    const wire = JSON.parse(JSON.stringify(encodeCommand(proposeExample())));
    wire.metadata.recordedAt = "1999-01-01T00:00:00Z";
    unwrap(await handle(wire));
    const [stored] = await collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)));
    expect(stored?.metadata.recordedAt).toBe("2007-05-08T10:30:00.000Z");
    expect(stored?.metadata.occurredAt).toBe(wire.metadata.occurredAt);
  });

  it("refuses a command that claims to occur further in the future than the skew allows", async () => {
    const time = movableClock("2007-05-08T10:00:00Z");
    const store = createInMemoryEventStore();
    const { handle } = createAgreements({ store, clock: time.clock, maxClockSkewMs: 60_000 });
    const refused = await handle(at(proposeExample(), "2007-05-08T10:01:01Z"));
    expect(E.isLeft(refused) && refused.left).toMatchObject({
      _tag: "OccurredInFuture",
      commandIndex: 0,
      occurredAt: "2007-05-08T10:01:01Z",
      recordedAt: "2007-05-08T10:00:00.000Z",
      maxClockSkewMs: 60_000,
    });
    expect(E.isLeft(refused) && describeAgreementsError(refused.left)).toContain(
      "more than 60 s after the ledger's time",
    );
    expect(await collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)))).toEqual([]);
    // Within the skew it is accepted.
    expect(E.isRight(await handle(at(proposeExample(), "2007-05-08T10:00:59Z")))).toBe(true);
  });

  it("allows five minutes of skew by default", async () => {
    const time = movableClock("2007-05-08T10:00:00Z");
    const { handle } = createAgreements({ store: createInMemoryEventStore(), clock: time.clock });
    const ahead = (occurredAt: string) =>
      handle(at(proposeExample({}), occurredAt)).then((r) => (E.isLeft(r) ? r.left._tag : "recorded"));
    expect(await ahead("2007-05-08T10:06:00Z")).toBe("OccurredInFuture");
    expect(await ahead("2007-05-08T10:04:00Z")).toBe("recorded");
  });

  it("does not let a backdated occurredAt move a request out of a freeze window", async () => {
    const { time, store, agreements } = await frozenInJuly();
    time.set("2007-07-15T09:00:00Z");
    // The client claims it happened in June, before the window: the ledger knows it is July.
    const refused = await agreements.handle(smallShift("r-backdated", "2007-06-20T09:00:00Z"));
    expect(E.isLeft(refused) && refused.left).toMatchObject({
      _tag: "DomainError",
      error: {
        verdicts: expect.arrayContaining([
          expect.objectContaining({ rule: "freeze-window", outcome: "forbidden" }),
        ]),
      },
    });
    expect((await collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)))).length).toBe(4);
  });

  it("records a backdated occurredAt as given when the ledger's time is outside the window", async () => {
    const { time, store, agreements } = await frozenInJuly();
    time.set("2007-08-02T09:00:00Z");
    // Claimed inside the window (a late entry of July work), recorded in August: allowed.
    const done = unwrap(await agreements.handle(smallShift("r-late-entry", "2007-07-20T09:00:00Z")));
    expect(done.evaluation?.verdicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: "freeze-window", outcome: "pass" })]),
    );
    const last = (await collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)))).at(-1);
    expect(last?.metadata).toMatchObject({
      occurredAt: "2007-07-20T09:00:00Z",
      recordedAt: "2007-08-02T09:00:00.000Z",
    });
  });
});
