import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../decider/decider";
import type { DomainEvent } from "../events/catalogue";
import { describeProducts, hours, product, proposeExample, run } from "../testing";
import { decidedRequestIdOf, knowingDecided } from "./decidedRequests";
import { agreementDecider } from "./decider";
import { randomHistory } from "./randomHistory.testSupport";
import { RequestIdSet } from "./requestIds";
import { AGREEMENT_SNAPSHOT_VERSION, decodeSnapshot, encodeSnapshot } from "./snapshot";
import type { AgreementState } from "./state";

const { evolve, initialState } = agreementDecider;

/** Through text, as a store would keep it. */
const stored = (s: AgreementState): unknown => JSON.parse(JSON.stringify(encodeSnapshot(s)));

const usable = (json: unknown): AgreementState => {
  const reading = decodeSnapshot(json);
  if (reading.outcome !== "usable") throw new Error(`snapshot ignored: ${JSON.stringify(reading)}`);
  return reading.state;
};

/** The state as a snapshot keeps it: all but the decided request ids. */
const snapshotted = (s: AgreementState): AgreementState => ({ ...s, decidedRequestIds: RequestIdSet.empty });
const decidedIn = (events: readonly DomainEvent[]): string[] =>
  [...new Set(events.map(decidedRequestIdOf).filter((id): id is string => id !== undefined))].sort();

describe("agreement snapshots", () => {
  it("round-trip any state of a long random history but its decided ids, and folding the tail onto one equals the whole fold", () => {
    fc.assert(
      fc.property(randomHistory({ minLength: 20, maxLength: 300 }), fc.nat(), (events, cut) => {
        const at = cut % (events.length + 1);
        const before = fold(evolve, initialState, events.slice(0, at));
        const restored = usable(stored(before));
        expect(restored).toEqual(snapshotted(before));
        const whole = fold(evolve, initialState, events);
        const onSnapshot = fold(evolve, restored, events.slice(at));
        expect(snapshotted(onSnapshot)).toEqual(snapshotted(whole));
        // The tail's decided ids are known; with the earlier ones filled in, every one is.
        expect([...onSnapshot.decidedRequestIds].sort()).toEqual(decidedIn(events.slice(at)));
        expect(knowingDecided(onSnapshot, decidedIn(events.slice(0, at))).decidedRequestIds.size).toBe(
          whole.decidedRequestIds.size,
        );
        expect(usable(stored(whole))).toEqual(snapshotted(whole));
      }),
      { numRuns: 60 },
    );
  });

  it("names as decided exactly the ids evolve records as decided", () => {
    fc.assert(
      fc.property(randomHistory({ minLength: 20, maxLength: 300 }), (events) => {
        expect([...fold(evolve, initialState, events).decidedRequestIds].sort()).toEqual(decidedIn(events));
      }),
      { numRuns: 40 },
    );
  });

  it("does not carry the decided request ids: its size does not grow with them", () => {
    let state = initialState;
    const small = JSON.stringify(encodeSnapshot(state)).length;
    for (let i = 0; i < 1000; i++) state = knowingDecided(state, [`request-${i}`]);
    expect(state.decidedRequestIds.size).toBe(1000);
    expect(JSON.stringify(encodeSnapshot(state)).length).toBe(small);
  });

  it("round-trips the products of a state", () => {
    const { state } = run([
      proposeExample(),
      describeProducts([
        product("6/OBW", "Intake", { "6/OBW/Velden": hours(30), "6/OBW/Stad": hours(1000) }, hours(1000)),
        product("6/OBW", "Groepswerk", { "6/OBW/Stad": hours(323) }, hours(353)),
      ]),
    ]);
    expect(state.products).toHaveLength(2);
    expect(usable(stored(state))).toEqual(snapshotted(state));
  });

  it("round-trips the empty state", () => {
    expect(usable(stored(initialState))).toEqual(initialState);
  });

  it("ignores a version 1 snapshot (which carried the decided ids) as old", () => {
    const v1 = {
      schemaVersion: 1,
      state: { ...(stored(initialState) as { state: object }).state, decidedRequestIds: ["r1"] },
    };
    expect(decodeSnapshot(v1)).toEqual({ outcome: "ignored", reason: "old-version", schemaVersion: 1 });
  });

  it("ignores a snapshot of an older or a newer version instead of reading it", () => {
    const json = stored(fold(evolve, initialState, []));
    const withVersion = (v: number) => ({ ...(json as object), schemaVersion: v });
    expect(decodeSnapshot(withVersion(AGREEMENT_SNAPSHOT_VERSION - 1))).toEqual({
      outcome: "ignored",
      reason: "old-version",
      schemaVersion: AGREEMENT_SNAPSHOT_VERSION - 1,
    });
    expect(decodeSnapshot(withVersion(AGREEMENT_SNAPSHOT_VERSION + 1))).toEqual({
      outcome: "ignored",
      reason: "unknown-version",
      schemaVersion: AGREEMENT_SNAPSHOT_VERSION + 1,
    });
  });

  it("ignores a malformed snapshot and names the path and the value", () => {
    const json = stored(initialState) as { schemaVersion: number; state: Record<string, unknown> };
    const broken = { ...json, state: { ...json.state, amendmentIds: ["a1", 7] } };
    const reading = decodeSnapshot(broken);
    expect(reading.outcome).toBe("ignored");
    if (reading.outcome === "ignored" && reading.reason === "malformed") {
      expect(reading.problems[0]?.path).toBe("state.amendmentIds[1]");
      expect(reading.problems[0]?.found).toBe(7);
    } else {
      throw new Error(`expected a malformed snapshot, got ${JSON.stringify(reading)}`);
    }
    expect(decodeSnapshot({ state: json.state })).toMatchObject({ outcome: "ignored", reason: "malformed" });
    expect(decodeSnapshot("not a snapshot")).toMatchObject({ outcome: "ignored", reason: "malformed" });
  });
});
