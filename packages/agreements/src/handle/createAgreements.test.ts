import { type Command, encodeCommand } from "@grant-ledger/core";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  approveReallocation,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { createInMemoryEventStore, verifyStore } from "@grant-ledger/event-store";
import { collect, unwrap, unwrapLeft } from "@grant-ledger/event-store/testing";
import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { agreementStreamId } from "../stream/agreementStreamId";
import { createAgreements } from "./createAgreements";
import { describeAgreementsError } from "./errors";

const signingDay = () => new Date("2007-05-08T10:30:00Z");
const setup = (stateCache?: { maxStreams: number }, clock = signingDay) => {
  const store = createInMemoryEventStore();
  const agreements = createAgreements({ store, clock, ...(stateCache === undefined ? {} : { stateCache }) });
  return { store, agreements, handle: agreements.handle };
};
const signed = () => [proposeExample(), signBy("provider"), signBy("municipality")];
const stream = agreementStreamId(EXAMPLE_AGREEMENT_ID);

describe("agreements.handle", () => {
  it("runs an agreement from proposal through signing to an approved reallocation, with the policy's evaluation", async () => {
    const { store, handle, agreements } = setup();
    unwrap(await handle(signed()));
    // Across result areas: the default policy makes it wait for approval.
    const requested = unwrap(
      await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])),
    );
    expect(requested.evaluation?.outcome).toBe("needs-approval");
    expect(requested.evaluation?.verdicts.length).toBeGreaterThan(0);
    const approved = unwrap(await handle(approveReallocation("r-1")));
    expect(approved.events.map((e) => e.type)).toContain("ReallocationApproved");
    expect(approved.evaluation?.outcome).toBe("allowed");
    // The state it returns is the state the stream folds to.
    expect(approved.state).toEqual(unwrap(await agreements.load(EXAMPLE_AGREEMENT_ID))?.state);
    expect(approved.revision).toBe(5n);
    const stored = await collect(store.readStream(stream));
    expect(stored.every((e) => e.metadata.recordedAt === "2007-05-08T10:30:00.000Z")).toBe(true);
    expect(unwrap(await verifyStore(store)).eventsChecked).toBe(stored.length);
  });

  it("decodes wire JSON as its first step, naming the path and the value", async () => {
    const { store, handle } = setup();
    const wire = JSON.parse(JSON.stringify(encodeCommand(proposeExample())));
    wire.data.offer[1].quantity.amount = "12,5";
    const refused = unwrapLeft(await handle(wire));
    expect(refused).toMatchObject({ _tag: "CommandDecodeError", commandIndex: 0 });
    expect(describeAgreementsError(refused)).toContain("at data.offer[1].quantity.amount");
    expect(describeAgreementsError(refused)).toContain('"12,5"');
    expect(unwrapLeft(await handle({ type: "Teleport" }))).toMatchObject({
      _tag: "CommandDecodeError",
      problems: [expect.objectContaining({ path: "type", found: "Teleport" })],
    });
    // Well-formed wire JSON is decoded and handled like a command built in code.
    expect(unwrap(await handle(JSON.parse(JSON.stringify(encodeCommand(proposeExample()))))).revision).toBe(
      0n,
    );
    expect((await collect(store.readStream(stream))).length).toBe(1);
  });

  it("checks a command built in code through its codec too", async () => {
    const { handle } = setup();
    const blank = { ...proposeExample(), data: { ...proposeExample().data, agreementId: "" } } as Command;
    expect(unwrapLeft(await handle(blank))).toMatchObject({
      _tag: "CommandDecodeError",
      problems: expect.arrayContaining([expect.objectContaining({ path: "data.agreementId", found: "" })]),
    });
  });

  it('refuses an empty request id before anything is stored (the `--request ""` repro)', async () => {
    const { store, handle } = setup();
    unwrap(await handle(signed()));
    const wire = JSON.parse(
      JSON.stringify(encodeCommand(requestReallocation("x", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))),
    );
    wire.data.requestId = "";
    expect(unwrapLeft(await handle(wire))).toMatchObject({
      _tag: "CommandDecodeError",
      problems: [expect.objectContaining({ path: "data.requestId", found: "" })],
    });
    expect((await collect(store.readStream(stream))).length).toBe(4);
  });

  it("decides a batch in order and appends it atomically: all or nothing", async () => {
    const { store, handle } = setup();
    const refused = unwrapLeft(
      await handle([...signed(), requestReallocation("r-1", [shift("6/OBW/Stad", "6/OBW/Velden", 999_999)])]),
    );
    expect(refused).toMatchObject({ _tag: "DomainError", commandIndex: 3 });
    expect(await collect(store.readStream(stream))).toEqual([]);
    const done = unwrap(await handle(signed()));
    expect(done.events.map((e) => e.type)).toEqual([
      "AgreementProposed",
      "PartySigned",
      "PartySigned",
      "AgreementSigned",
    ]);
    expect(done.state.status).toBe("signed");
  });

  it("checks a batch in a dry run, with the state it would leave, and writes nothing", async () => {
    const { store, handle } = setup();
    const dry = unwrap(await handle(signed(), { dryRun: true, expectedRevision: "no-stream" }));
    expect(dry.state.status).toBe("signed");
    expect(dry.recorded).toEqual([]);
    expect(await collect(store.readStream(stream))).toEqual([]);
  });

  it("holds to the caller's expected revision", async () => {
    const { handle } = setup();
    unwrap(await handle(proposeExample(), { expectedRevision: "no-stream" }));
    expect(unwrapLeft(await handle(signBy("provider"), { expectedRevision: 5n }))).toMatchObject({
      _tag: "WrongExpectedRevision",
      expected: 5n,
      actual: 0n,
    });
    expect(unwrap(await handle(signBy("provider"), { expectedRevision: 0n })).revision).toBe(1n);
  });

  it("runs beforeDecide on the state the command meets, and afterAppend once it is stored", async () => {
    const { handle } = setup();
    unwrap(await handle(signed()));
    const tenant = "gm0114";
    const refused = unwrapLeft(
      await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]), {
        beforeDecide: (command, state) =>
          state.parties?.municipality.id === tenant &&
          command.metadata.actor.person !== actors.teamLead.person
            ? E.right(undefined)
            : E.left({ _tag: "NotInTenant" as const, person: command.metadata.actor.person }),
      }),
    );
    expect(refused).toEqual({
      _tag: "Refused",
      error: { _tag: "NotInTenant", person: "A. Bakker" },
      commandIndex: 0,
    });
    const seen: bigint[] = [];
    unwrap(
      await handle(requestReallocation("r-2", [shift("6/OBW/Stad", "6/OBW/Velden", 1)], actors.director), {
        afterAppend: (handled) => {
          seen.push(handled.revision as bigint);
        },
      }),
    );
    expect(seen).toEqual([4n]);
  });

  it("keeps the annotations it is given on every event written", async () => {
    const { store, handle } = setup();
    unwrap(await handle(signed(), { annotations: { source: { file: "manifest.json" } } }));
    const stored = await collect(store.readStream(stream));
    expect(stored.map((e) => e.metadata.annotations)).toEqual(
      Array(4).fill({ source: { file: "manifest.json" } }),
    );
  });

  it("stores the same events with a state cache as without", async () => {
    const runs = [setup(), setup({ maxStreams: 1 })];
    for (const { handle } of runs) {
      unwrap(await handle(signed()));
      unwrap(await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])));
      unwrap(await handle(approveReallocation("r-1")));
      expect(unwrapLeft(await handle(approveReallocation("r-1")))).toMatchObject({ _tag: "DomainError" });
    }
    const [plain, cached] = await Promise.all(runs.map(({ store }) => collect(store.readStream(stream))));
    const decided = (events: typeof plain) => events?.map((e) => ({ type: e.type, data: e.data }));
    expect(cached?.length).toBe(6);
    expect(decided(cached)).toEqual(decided(plain));
  });

  it("warms its cache from a snapshot and decides on it", async () => {
    const { store, agreements } = setup();
    unwrap(await agreements.handle(signed()));
    const snapshot = unwrap(await agreements.load(EXAMPLE_AGREEMENT_ID));
    const warmed = createAgreements({ store, clock: signingDay });
    warmed.warm(EXAMPLE_AGREEMENT_ID, snapshot!);
    const done = unwrap(
      await warmed.handle(requestReallocation("r-1", [shift("6/OBW/Stad", "6/OBW/Velden", 10)])),
    );
    expect(done.revision).toBe(4n);
    expect(unwrap(await agreements.load("nobody"))).toBeUndefined();
  });
});
