import {
  EXAMPLE_AGREEMENT_ID,
  approveReallocation,
  proposeExample,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { verifyStore } from "../chain/verify";
import { createInMemoryEventStore } from "../memory/inMemoryEventStore";
import { agreementStreamId } from "../port";
import { collect, unwrap, unwrapLeft } from "../testing/fixtures";
import { createAgreementCommandHandler } from "./agreementCommandHandler";

const setup = (stateCache?: { maxStreams: number }) => {
  const store = createInMemoryEventStore();
  const handle = createAgreementCommandHandler(store, {
    clock: () => new Date("2007-05-08T10:30:00Z"),
    ...(stateCache === undefined ? {} : { stateCache }),
  });
  return { store, handle };
};

describe("command handler with the agreement decider", () => {
  it("runs an agreement from proposal through signing to an approved reallocation", async () => {
    const { store, handle } = setup();
    for (const command of [proposeExample(), signBy("provider"), signBy("municipality")])
      unwrap(await handle(command));
    // Across result areas: the default policy makes it wait for approval.
    unwrap(await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])));
    const approved = unwrap(await handle(approveReallocation("r-1")));
    expect(approved.events.map((e) => e.type)).toContain("ReallocationApproved");
    const stored = await collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)));
    expect(stored[0]?.type).toBe("AgreementProposed");
    expect(stored.every((e) => e.metadata.recordedAt === "2007-05-08T10:30:00.000Z")).toBe(true);
    expect(unwrap(await verifyStore(store)).eventsChecked).toBe(stored.length);
  });

  it("refuses a reallocation before signing, and replays a repeated signature", async () => {
    const { handle } = setup();
    unwrap(await handle(proposeExample()));
    const refused = unwrapLeft(
      await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)])),
    );
    expect(refused).toMatchObject({ _tag: "DomainError", error: { _tag: "AgreementNotSigned" } });
    const signature = signBy("provider");
    const first = unwrap(await handle(signature));
    const again = unwrap(await handle(signature));
    expect(again).toMatchObject({ idempotentReplay: true, events: first.events });
  });

  it("stores the same events with a state cache as without", async () => {
    const runs = [setup(), setup({ maxStreams: 1 })];
    for (const { handle } of runs) {
      for (const command of [proposeExample(), signBy("provider"), signBy("municipality")])
        unwrap(await handle(command));
      unwrap(await handle(requestReallocation("r-1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])));
      unwrap(await handle(approveReallocation("r-1")));
      expect(unwrapLeft(await handle(approveReallocation("r-1")))).toMatchObject({ _tag: "DomainError" });
    }
    const [plain, cached] = await Promise.all(
      runs.map(({ store }) => collect(store.readStream(agreementStreamId(EXAMPLE_AGREEMENT_ID)))),
    );
    expect(cached?.length).toBeGreaterThan(5);
    // Command ids differ between the runs (and so hashes); what was decided must not.
    const decided = (events: typeof plain) => events?.map((e) => ({ type: e.type, data: e.data }));
    expect(decided(cached)).toEqual(decided(plain));
  });
});
