import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { ReallocationPolicy } from "../policy/policy";
import { proposeExample, requestReallocation, run, shift, signBy } from "../testing";
import { decodeEvent, encodeEvent } from "./serialisation";

const metadata = {
  actor: { organisationId: "gm0114", role: "municipality", person: "J. de Vries" },
  occurredAt: "2007-06-01T10:00:00Z",
  recordedAt: "2007-06-01T10:00:01Z",
  commandId: "c-1",
  correlationId: "c-1",
  causationId: "c-1",
};
const cell = { resultArea: "6", workType: "OBW", district: "Stad" };
const velden = { resultArea: "6", workType: "OBW", district: "Velden" };

describe("reallocation events written before the policy engine (v1)", () => {
  it("reads ReallocationRequested v1 as v2 with no verdicts and policy version 0", () => {
    const v1 = {
      type: "ReallocationRequested",
      schemaVersion: 1,
      data: {
        requestId: "r1",
        shifts: [{ from: cell, to: velden, quantity: { kind: "hours", amount: "100" } }],
        reason: "meer vraag",
      },
      metadata,
    };
    const decoded = decodeEvent(v1);
    expect(E.isRight(decoded)).toBe(true);
    if (E.isLeft(decoded) || decoded.right.type !== "ReallocationRequested") return;
    expect(decoded.right.schemaVersion).toBe(2);
    expect(decoded.right.data.verdicts).toEqual([]);
    expect(decoded.right.data.policyVersion).toBe(0);
    expect(decoded.right.data.shifts[0]?.quantity.amount).toEqual({ units: 100n, scale: 0 });
  });

  it("reads ReallocationApproved v1 as v2, and reports malformed v1 data with its v1 path", () => {
    const v1 = {
      type: "ReallocationApproved",
      schemaVersion: 1,
      data: {
        requestId: "r1",
        effects: [
          { cell, before: { kind: "hours", amount: "1323" }, after: { kind: "hours", amount: "1223" } },
        ],
        reason: "akkoord",
      },
      metadata,
    };
    const decoded = decodeEvent(v1);
    expect(
      E.isRight(decoded) && decoded.right.type === "ReallocationApproved" && decoded.right.data,
    ).toMatchObject({
      verdicts: [],
      policyVersion: 0,
    });
    const broken = decodeEvent({ ...v1, data: { ...v1.data, effects: "none" } });
    expect(E.isLeft(broken) && broken.left.map((p) => p.message).join("; ")).toContain(
      "ReallocationApproved v1: at data.effects",
    );
  });

  it("writes a proposal's policy with cells as keys and reads it back", () => {
    const decoded = ReallocationPolicy.decode({ version: 4, protectedCells: ["6/obw/velden"] });
    if (E.isLeft(decoded)) throw new Error("policy");
    const { events } = run([
      proposeExample({ policy: decoded.right }),
      signBy("provider"),
      signBy("municipality"),
      requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 10)]),
    ]);
    const stored = JSON.parse(JSON.stringify(events.map(encodeEvent)));
    expect(stored[0].data.policy).toMatchObject({
      version: 4,
      protectedCells: ["6/OBW/Velden"],
      cumulativeThreshold: "10",
    });
    expect(stored.at(-1).data.policyVersion).toBe(4);
    expect(
      stored.map(decodeEvent).map((d: E.Either<unknown, unknown>) => (E.isRight(d) ? d.right : d)),
    ).toEqual(events);
  });
});
