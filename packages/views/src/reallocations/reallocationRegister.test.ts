import {
  actors,
  amendExample,
  approveReallocation,
  givenView,
  proposeExample,
  rejectReallocation,
  requestReallocation,
  run,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { pendingReallocationsOf, reallocationRegisterFold, reallocationsOf } from "./reallocationRegister";

const ID = "emmen-sedna-2007-example";
const signed = [proposeExample(), signBy("provider"), signBy("municipality")];
const register = (s: Parameters<typeof memoryRowSource>[0]) => reallocationsOf(memoryRowSource(s), ID) ?? [];

describe("reallocation register", () => {
  it("keeps the requests waiting for a decision apart: a decision takes a request out", () => {
    const events = recorded(
      run([
        ...signed,
        requestReallocation("r-1", [shift("6/OBW/Stad", "6/OBW/Velden", 600)]),
        requestReallocation("r-2", [shift("6/OBW/Stad", "6/JW/Velden", 500)]),
        requestReallocation("r-3", [shift("6/JW/Velden", "6/OBW/Velden", 400)]),
        approveReallocation("r-1"),
        rejectReallocation("r-3"),
      ]).events,
    );
    const pending = (n: number) =>
      (
        pendingReallocationsOf(
          memoryRowSource(
            events.slice(0, n).reduce(reallocationRegisterFold.evolve, reallocationRegisterFold.initialState),
          ),
          ID,
        ) ?? []
      ).map((r) => r.requestId);
    expect(pending(7)).toEqual(["r-1", "r-2", "r-3"]);
    expect(pending(events.length)).toEqual(["r-2"]);
    expect(
      pendingReallocationsOf(memoryRowSource(reallocationRegisterFold.initialState), ID),
    ).toBeUndefined();
  });

  it("lists every request with status, requester, decider, justifications and the cumulative share after each applied one", () => {
    const events = recorded(
      run([
        ...signed,
        requestReallocation("r-small", [shift("6/OBW/Stad", "6/OBW/Velden", 20)]),
        requestReallocation("r-big", [shift("6/OBW/Stad", "6/OBW/Velden", 600)]),
        approveReallocation("r-big"),
        requestReallocation("r-no", [shift("6/JW/Velden", "6/OBW/Velden", 300)]),
        rejectReallocation("r-no"),
      ]).events,
    );
    const before = events.slice(0, 4);
    const after = events.slice(4);
    givenView(reallocationRegisterFold, before)
      .when(...after)
      .thenQuery(
        (s) =>
          register(s).map((r) => [
            r.requestId,
            r.status,
            (r.requestedBy as { person: string }).person,
            (r.decision as { actor: { person: string } } | null)?.actor.person ?? null,
            (r.cumulative as { moved: string; percent: string; aboveThreshold: boolean }[] | null)?.map(
              (c) => [c.moved, c.percent, c.aboveThreshold],
            ) ?? null,
          ]),
        [
          // 20 of 3387 h; then 620 of 3387 h = 18.3%, above the default 10%.
          ["r-small", "applied", actors.teamLead.person, null, [["20", "0.6", false]]],
          ["r-big", "approved", actors.teamLead.person, actors.policyOfficer.person, [["620", "18.3", true]]],
          ["r-no", "rejected", actors.teamLead.person, actors.policyOfficer.person, null],
        ],
      );
  });

  it("keeps the shifts, the verdicts of request and decision, the policy version and both justifications", () => {
    const events = recorded(
      run([
        ...signed,
        requestReallocation(
          "r-big",
          [shift("6/OBW/Stad", "6/OBW/Velden", 600)],
          actors.teamLead,
          "youth moved",
        ),
        approveReallocation("r-big", actors.policyOfficer, "agreed in the steering group"),
      ]).events,
    );
    const [row] = register(
      events.reduce(reallocationRegisterFold.evolve, reallocationRegisterFold.initialState),
    );
    expect(row).toMatchObject({
      shifts: [
        {
          from: { resultArea: "6", workType: "OBW", district: "Stad" },
          to: { resultArea: "6", workType: "OBW", district: "Velden" },
          quantity: { kind: "hours", amount: "600" },
        },
      ],
      justification: "youth moved",
      request: { policyVersion: 1 },
      decision: { justification: "agreed in the steering group", policyVersion: 1 },
      cumulative: [{ kind: "hours", approvedTotal: "3387", threshold: "10", period: null }],
    });
    const request = row?.request as { verdicts: { rule: string; outcome: string }[]; passed: string[] };
    // The rule that did not pass with its explanation; the others by name.
    expect(request.verdicts.map((v) => [v.rule, v.outcome])).toEqual([
      ["cumulative-threshold", "needs-approval"],
    ]);
    expect(request.passed).toEqual(
      expect.arrayContaining(["conservation", "cell-limits", "protected-cells", "scope"]),
    );
    expect(request.passed).not.toContain("cumulative-threshold");
  });

  it("counts again from an amendment, against the amended total", () => {
    const events = recorded(
      run([
        ...signed,
        requestReallocation("r-1", [shift("6/OBW/Stad", "6/JW/Velden", 20)]),
        amendExample(),
        requestReallocation("r-2", [shift("6/OBW/Stad", "6/OBW/Velden", 30)]),
      ]).events,
    );
    givenView(reallocationRegisterFold)
      .when(...events)
      .thenQuery(
        (s) => register(s).map((r) => (r.cumulative as Record<string, unknown>[])[0]),
        [
          {
            kind: "hours",
            moved: "20",
            approvedTotal: "3387",
            percent: "0.6",
            period: null,
            threshold: "10",
            aboveThreshold: false,
          },
          {
            kind: "hours",
            moved: "30",
            approvedTotal: "3397",
            percent: "0.9",
            period: null,
            threshold: "10",
            aboveThreshold: false,
          },
        ],
      );
  });

  it("knows no agreement it has not seen", () => {
    expect(reallocationsOf(memoryRowSource(reallocationRegisterFold.initialState), ID)).toBeUndefined();
  });
});
