import {
  EXAMPLE_AGREEMENT_ID,
  approveReallocation,
  proposeExample,
  rejectReallocation,
  reportResult,
  requestReallocation,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import {
  type EventStore,
  type ReadStreamOptions,
  type StoredSnapshot,
  createInMemoryEventStore,
} from "@grant-ledger/event-store";
import { collect, unwrap, unwrapLeft } from "@grant-ledger/event-store/testing";
import { describe, expect, it } from "vitest";
import { createAgreements } from "../handle/createAgreements";
import { agreementStreamId } from "../stream/agreementStreamId";
import { type SnapshotIgnored, checkedSnapshot } from "./checkedSnapshot";
import { verifySnapshots } from "./verifySnapshots";

const clock = () => new Date("2007-05-08T10:30:00Z");
const stream = agreementStreamId(EXAMPLE_AGREEMENT_ID);
const withinArea = (n: number) => shift("6/OBW/Stad", "6/OBW/Velden", n);

/** A store, and a way to start "another process" on it: no state in memory, reads recorded. */
const setUp = async () => {
  const store = createInMemoryEventStore();
  const first = createAgreements({ store, clock, snapshots: { store: store.snapshots, every: 4 } });
  unwrap(await first.handle([proposeExample(), signBy("provider"), signBy("municipality")]));
  // Applied at once (within one result area): r-1 is decided at revision 4.
  unwrap(await first.handle(requestReallocation("r-1", [withinArea(1)])));
  // Across areas: waits, then rejected.
  unwrap(await first.handle(requestReallocation("r-2", [shift("6/OBW/Stad", "2/OBW/Stad", 2)])));
  unwrap(await first.handle(rejectReallocation("r-2")));
  unwrap(await first.handle(reportResult("2007-05")));
  const repeated = approveReallocation("r-3");
  unwrap(await first.handle(requestReallocation("r-3", [shift("6/OBW/Stad", "2/OBW/Stad", 3)])));
  const approval = unwrap(await first.handle(repeated));
  const reads: (bigint | undefined)[] = [];
  const ignored: SnapshotIgnored[] = [];
  const spied: Pick<EventStore, "appendToStream" | "readStream"> = {
    appendToStream: store.appendToStream.bind(store),
    readStream: (id: string, o?: ReadStreamOptions) => {
      if (id === stream) reads.push(o?.from);
      return store.readStream(id, o);
    },
  };
  const another = (stateCache?: { maxStreams: number }) =>
    createAgreements({
      store: spied,
      clock,
      snapshots: { store: store.snapshots, every: 4, onIgnored: (_s, why) => ignored.push(why) },
      ...(stateCache === undefined ? {} : { stateCache }),
    });
  return { store, first, another, reads, ignored, repeated, approval };
};

describe("durable agreement snapshots", () => {
  it("are written every N events at the last event of an append, naming its revision and hash", async () => {
    const { store } = await setUp();
    const events = await collect(store.readStream(stream));
    const latest = await store.snapshots.latest(stream);
    // 4 events (0-3), then 4 more (4-7): revisions 3 and 7.
    expect(latest?.revision).toBe(7n);
    expect(latest?.eventHash).toBe(events[7]?.hash);
    expect((await store.snapshots.latest(stream, { atOrBefore: 6n }))?.revision).toBe(3n);
    // The decided ids are indexed, not in the state.
    expect(JSON.stringify(latest?.state)).not.toContain("decidedRequestIds");
    expect(await store.snapshots.findKeys(stream, "decided-request", ["r-1", "r-2", "r-3"])).toEqual(
      new Map([
        ["r-1", 4n],
        ["r-2", 6n],
      ]),
    );
  });

  it("let another process decide by reading the snapshot and only the events after it", async () => {
    const { another, reads, first } = await setUp();
    const handled = unwrap(await another().handle(requestReallocation("r-4", [withinArea(1)])));
    // The event at the snapshot's revision (its hash), then the tail after it.
    expect(reads).toEqual([7n, 8n]);
    const whole = unwrap(await first.load(EXAMPLE_AGREEMENT_ID))!;
    expect({ ...handled.state, decidedRequestIds: undefined }).toEqual({
      ...whole.state,
      decidedRequestIds: undefined,
    });
  });

  it("still refuse a request id decided before the snapshot, each with its own error", async () => {
    const { another } = await setUp();
    const agreements = another();
    const reused = unwrapLeft(await agreements.handle(requestReallocation("r-1", [withinArea(1)])));
    expect(reused).toMatchObject({ _tag: "DomainError", error: { _tag: "DuplicateRequestId" } });
    const twice = unwrapLeft(await another().handle(approveReallocation("r-2")));
    expect(twice).toMatchObject({ _tag: "DomainError", error: { _tag: "RequestNotPending" } });
    expect(twice._tag === "DomainError" && twice.error.message).toContain("already been decided");
    const never = unwrapLeft(await another().handle(approveReallocation("r-99")));
    expect(never._tag === "DomainError" && never.error.message).toContain("no such request");
  });

  it("keep a repeated command idempotent, with and without the state cache", async () => {
    const { another, repeated, approval } = await setUp();
    for (const agreements of [another(), another({ maxStreams: 4 })]) {
      if (agreements === undefined) continue;
      unwrap(await agreements.handle(reportResult("2007-06")));
      const again = unwrap(await agreements.handle(repeated));
      expect(again.idempotentReplay).toBe(true);
      expect(again.recorded).toEqual(approval.recorded);
    }
  });

  it("ignore a snapshot not on the chain, of another version or of a wrong event count, and decide as the fold does", async () => {
    const cases: [string, (s: StoredSnapshot) => StoredSnapshot, SnapshotIgnored["reason"]][] = [
      ["hash", (s) => ({ ...s, eventHash: "0".repeat(64) }), "not-on-the-chain"],
      ["revision", (s) => ({ ...s, revision: 8n }), "not-on-the-chain"],
      ["old version", (s) => ({ ...s, schemaVersion: 1 }), "old-version"],
      ["count", (s) => ({ ...s, state: { ...(s.state as object), eventCount: 3 } }), "wrong-event-count"],
    ];
    for (const [, forge, reason] of cases) {
      const { store, another, reads, ignored } = await setUp();
      const latest = (await store.snapshots.latest(stream))!;
      await store.snapshots.save(forge(latest), []);
      const refused = unwrapLeft(await another().handle(requestReallocation("r-1", [withinArea(1)])));
      expect(refused).toMatchObject({ error: { _tag: "DuplicateRequestId" } });
      expect(ignored.map((i) => i.reason)).toEqual([reason]);
      // Folded from the start.
      expect(reads).toContain(undefined);
    }
  });

  it("pass verification when each is the fold at its revision; a forged state at a true revision and hash is found by it", async () => {
    const { store } = await setUp();
    expect(await verifySnapshots(store, store.snapshots, stream)).toEqual({
      checked: 2,
      mismatches: [],
      otherVersion: [],
    });
    const latest = (await store.snapshots.latest(stream))!;
    const state = latest.state as { current: { quantity: { amount: string } }[] };
    const forged = {
      ...state,
      current: state.current.map((e, i) =>
        i === 0 ? { ...e, quantity: { ...e.quantity, amount: "99999" } } : e,
      ),
    };
    await store.snapshots.save({ ...latest, state: forged }, []);
    // Reading cannot tell (revision, hash and count are true) ...
    expect((await checkedSnapshot(store, store.snapshots, stream))?.revision).toBe(7n);
    // ... verification can.
    expect(await verifySnapshots(store, store.snapshots, stream)).toMatchObject({
      checked: 2,
      mismatches: [7n],
    });
  });
});
