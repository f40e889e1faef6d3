import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../decider/decider";
import { agreementDecider } from "./decider";
import { randomHistory } from "./randomHistory.testSupport";
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

describe("agreement snapshots", () => {
  it("round-trip any state of a long random history, and folding the tail onto one equals the whole fold", () => {
    fc.assert(
      fc.property(randomHistory({ minLength: 20, maxLength: 300 }), fc.nat(), (events, cut) => {
        const at = cut % (events.length + 1);
        const before = fold(evolve, initialState, events.slice(0, at));
        const restored = usable(stored(before));
        expect(restored).toEqual(before);
        const whole = fold(evolve, initialState, events);
        expect(fold(evolve, restored, events.slice(at))).toEqual(whole);
        expect(usable(stored(whole))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it("round-trips the empty state", () => {
    expect(usable(stored(initialState))).toEqual(initialState);
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
    const broken = { ...json, state: { ...json.state, decidedRequestIds: ["r1", 7] } };
    const reading = decodeSnapshot(broken);
    expect(reading.outcome).toBe("ignored");
    if (reading.outcome === "ignored" && reading.reason === "malformed") {
      expect(reading.problems[0]?.path).toBe("state.decidedRequestIds[1]");
      expect(reading.problems[0]?.found).toBe(7);
    } else {
      throw new Error(`expected a malformed snapshot, got ${JSON.stringify(reading)}`);
    }
    expect(decodeSnapshot({ state: json.state })).toMatchObject({ outcome: "ignored", reason: "malformed" });
    expect(decodeSnapshot("not a snapshot")).toMatchObject({ outcome: "ignored", reason: "malformed" });
  });
});
