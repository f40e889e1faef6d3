import { type AgreementState, entryAt, toDecimalString } from "@grant-ledger/core";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  cellAt,
  commandMetadata,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { createInMemoryEventStore } from "@grant-ledger/event-store";
import { unwrap, unwrapLeft } from "@grant-ledger/event-store/testing";
import { describe, expect, it } from "vitest";
import { createAgreements } from "../handle/createAgreements";
import { type OnIncluded, createStateAsOf } from "./stateAsOf";

const hoursIn = (state: AgreementState, cell: string) => {
  const entry = entryAt(state.current, cellAt(cell));
  return entry === undefined ? undefined : toDecimalString(entry.quantity.amount);
};

/**
 * The ledger signs on 8 May, records r-late on 10 May and r-back on 12 May; r-back is
 * backdated to 9 May. So by recordedAt r-late comes first, by occurredAt r-back does.
 */
const setUp = async (every = 100) => {
  const store = createInMemoryEventStore();
  let now = "2007-05-08T10:00:00Z";
  const agreements = createAgreements({
    store,
    clock: () => new Date(now),
    snapshots: { store: store.snapshots, every },
  });
  unwrap(await agreements.handle([proposeExample(), signBy("provider"), signBy("municipality")]));
  now = "2007-05-10T10:00:00Z";
  const late = requestReallocation("r-late", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]);
  unwrap(await agreements.handle({ ...late, metadata: { ...late.metadata, occurredAt: now } }));
  now = "2007-05-12T10:00:00Z";
  const back = requestReallocation("r-back", [shift("6/OBW/Stad", "6/OBW/Velden", 2)]);
  const backdated = {
    ...back,
    metadata: commandMetadata(actors.teamLead, { occurredAt: "2007-05-09T10:00:00Z" }),
  };
  unwrap(await agreements.handle(backdated));
  return { store, agreements };
};

describe("the agreement as of a revision or a moment", () => {
  it("as of a revision: the first revision + 1 events, from 0 to the stream's end", async () => {
    const { agreements } = await setUp();
    const first = unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 0n }));
    expect(first.state.status).toBe("proposed");
    expect(first).toMatchObject({ revision: 0n, streamRevision: 5n, eventsIncluded: 1 });
    const afterLate = unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 4n }));
    expect(hoursIn(afterLate.state, "6/OBW/Velden")).toBe("31");
    const end = unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 5n }));
    expect(hoursIn(end.state, "6/OBW/Velden")).toBe("33");
    expect(end.state).toEqual(unwrap(await agreements.load(EXAMPLE_AGREEMENT_ID))?.state);
  });

  it("refuses a revision beyond the stream's end or below 0, and an unknown agreement", async () => {
    const { agreements } = await setUp();
    expect(unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 6n }))).toEqual({
      _tag: "RevisionOutOfRange",
      revision: 6n,
      streamRevision: 5n,
    });
    expect(unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: -1n }))).toMatchObject({
      _tag: "RevisionOutOfRange",
    });
    expect(unwrapLeft(await agreements.stateAsOf("nope", { revision: 0n }))).toEqual({
      _tag: "UnknownAgreement",
      agreementId: "nope",
    });
  });

  it("recorded: what the ledger knew; effective: what had occurred, the backdated event included", async () => {
    const { agreements } = await setUp();
    const asOf = async (o: { recordedAt: string } | { occurredAt: string }) =>
      unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, o));
    // 11 May: the ledger had recorded r-late only; but r-back (recorded on the 12th) had occurred on the 9th.
    const recorded11 = await asOf({ recordedAt: "2007-05-11T00:00:00Z" });
    expect(hoursIn(recorded11.state, "6/OBW/Velden")).toBe("31");
    expect(recorded11).toMatchObject({ revision: 4n, eventsIncluded: 5, eventsLeftOut: 0 });
    expect(hoursIn((await asOf({ occurredAt: "2007-05-11T00:00:00Z" })).state, "6/OBW/Velden")).toBe("33");
    // 9 May, end of the day in Amsterdam: effective holds the backdated r-back alone, recorded neither.
    const effective9 = await asOf({ occurredAt: "2007-05-09" });
    expect(hoursIn(effective9.state, "6/OBW/Velden")).toBe("32");
    expect(effective9).toMatchObject({ revision: 5n, eventsIncluded: 5, eventsLeftOut: 1 });
    expect(effective9.state.decidedRequestIds.has("r-back")).toBe(true);
    expect(effective9.state.decidedRequestIds.has("r-late")).toBe(false);
    const recorded9 = await asOf({ recordedAt: "2007-05-09" });
    expect(hoursIn(recorded9.state, "6/OBW/Velden")).toBe("30");
    expect(recorded9.revision).toBe(3n);
    // An instant counts as at or before: the moment r-late was recorded includes it.
    expect((await asOf({ recordedAt: "2007-05-10T10:00:00Z" })).revision).toBe(4n);
    expect((await asOf({ recordedAt: "2007-05-10T09:59:59.999Z" })).revision).toBe(3n);
  });

  it("refuses a moment before the agreement, and one that is not a moment", async () => {
    const { agreements } = await setUp();
    expect(
      unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { recordedAt: "2007-05-07" })),
    ).toEqual({
      _tag: "NothingBy",
      moment: "2007-05-07",
      sense: "recorded",
    });
    expect(
      unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "2007-05-07" })),
    ).toMatchObject({
      _tag: "NothingBy",
      sense: "effective",
    });
    expect(
      unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "9 May" })),
    ).toMatchObject({
      _tag: "InvalidMoment",
    });
    expect(
      unwrapLeft(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { recordedAt: "2007-05-09T10:00:00" })),
    ).toMatchObject({ _tag: "InvalidMoment" });
  });

  it("starts from the latest durable snapshot at or before the revision", async () => {
    const { agreements } = await setUp(2);
    // Snapshots at revisions 3 (the signing batch), 5.
    const at4 = unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 4n }));
    expect(at4.fromSnapshot).toBe(3n);
    expect(hoursIn(at4.state, "6/OBW/Velden")).toBe("31");
    expect(
      unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 2n })).fromSnapshot,
    ).toBeUndefined();
    const recorded = unwrap(await agreements.stateAsOf(EXAMPLE_AGREEMENT_ID, { recordedAt: "2007-05-13" }));
    expect(recorded.fromSnapshot).toBe(5n);
    expect({ ...recorded.state, decidedRequestIds: undefined }).toEqual({
      ...unwrap(await agreements.load(EXAMPLE_AGREEMENT_ID))!.state,
      decidedRequestIds: undefined,
    });
  });
});

describe("what a reader of the state as of hears", () => {
  it("hears every included event in the fold's order, rebased for effective, and no snapshot serves it", async () => {
    const { store } = await setUp(2);
    const stateAsOf = createStateAsOf({ store, snapshots: store.snapshots });
    const heard: { revision: bigint; type: string; after?: string }[] = [];
    const listen: OnIncluded = (recorded, event) =>
      heard.push({
        revision: recorded.revision,
        type: event.type,
        ...(event.type === "ReallocationApplied"
          ? { after: toDecimalString(event.data.effects[1]!.after.amount) }
          : {}),
      });
    const at4 = unwrap(await stateAsOf(EXAMPLE_AGREEMENT_ID, { revision: 4n }, listen));
    expect(at4.fromSnapshot).toBeUndefined();
    expect(heard.map((h) => h.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
    heard.length = 0;
    // Effective 9 May: r-late (revision 4) left out, r-back counted on 30 h, not on the 31 it was decided on.
    const effective9 = unwrap(await stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "2007-05-09" }, listen));
    expect(heard.map((h) => h.revision)).toEqual([0n, 1n, 2n, 3n, 5n]);
    expect(heard.at(-1)).toMatchObject({ type: "ReallocationApplied", after: "32" });
    expect(hoursIn(effective9.state, "6/OBW/Velden")).toBe("32");
  });

  it("effective through a revision judges only the events up to it", async () => {
    const { store } = await setUp();
    const stateAsOf = createStateAsOf({ store });
    const through4 = unwrap(await stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "2007-05-13", through: 4n }));
    expect(through4).toMatchObject({ revision: 4n, eventsIncluded: 5, eventsLeftOut: 0, streamRevision: 5n });
    const through4on9 = unwrap(
      await stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "2007-05-09", through: 4n }),
    );
    expect(through4on9).toMatchObject({ revision: 3n, eventsIncluded: 4, eventsLeftOut: 1 });
    expect(
      unwrapLeft(await stateAsOf(EXAMPLE_AGREEMENT_ID, { occurredAt: "2007-05-09", through: 6n })),
    ).toEqual({
      _tag: "RevisionOutOfRange",
      revision: 6n,
      streamRevision: 5n,
    });
  });
});
