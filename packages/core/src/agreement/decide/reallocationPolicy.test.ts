import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import type { AmendAgreement, NegotiateAgreement } from "../../commands/lifecycle";
import type { DomainEvent } from "../../events/catalogue";
import { ReallocationPolicy, defaultPolicy } from "../../policy/policy";
import { noTransfers, transfersOf } from "../../policy/transfers";
import type { Verdict } from "../../policy/verdict";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  approveReallocation,
  cellAt,
  commandMetadata,
  exampleSignedEvents,
  hours,
  proposeExample,
  requestReallocation,
  run,
  shift,
  signBy,
} from "../../testing";
import { given } from "../../testing/given";
import { agreementDecider } from "../decider";
import { evaluateReallocation } from "../reallocationPolicy";

const policy = (fields: Record<string, unknown>): ReallocationPolicy => {
  const decoded = ReallocationPolicy.decode(fields);
  if (E.isLeft(decoded)) throw new Error(`invalid test policy ${JSON.stringify(fields)}`);
  return decoded.right;
};
const signedWith = (p: ReallocationPolicy) =>
  run([proposeExample({ policy: p }), signBy("provider"), signBy("municipality")]).events;
const signed = exampleSignedEvents();
const outcomes = (verdicts: readonly Verdict[] | undefined) =>
  Object.fromEntries((verdicts ?? []).map((v) => [v.rule, v.outcome]));
const only = (events: readonly DomainEvent[]): DomainEvent => {
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe("RequestReallocation under the agreement's policy", () => {
  it("applies an allowed request at once, recording shifts, effects, verdicts and policy version", () => {
    const cmd = requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 100)]);
    given(agreementDecider, signed)
      .when(cmd)
      .thenEvents((events) => {
        const event = only(events);
        expect(event.type).toBe("ReallocationApplied");
        if (event.type !== "ReallocationApplied") return false;
        expect(event.data).toMatchObject({
          requestId: "r1",
          shifts: [shift("6/OBW/Stad", "6/OBW/Velden", 100)],
          effects: [
            { cell: cellAt("6/OBW/Stad"), before: hours(1323), after: hours(1223) },
            { cell: cellAt("6/OBW/Velden"), before: hours(30), after: hours(130) },
          ],
          reason: "demand moved to the town centre",
          policyVersion: 1,
        });
        expect(new Set(event.data.verdicts.map((v) => v.outcome))).toEqual(new Set(["pass"]));
        return true;
      })
      .thenState((s) => {
        expect(s.current.get("6/OBW/Velden")?.quantity).toEqual(hours(130));
        expect(s.pendingReallocations.size).toBe(0);
        expect(s.decidedRequestIds.has("r1")).toBe(true);
        expect(s.transfersSinceBaseline).toEqual(
          transfersOf([{ appliedAt: cmd.metadata.occurredAt, shifts: cmd.data.shifts }]),
        );
        return true;
      });
    const applied = run([cmd], signed).events;
    given(agreementDecider, applied).when(approveReallocation("r1")).thenFails("RequestNotPending");
  });

  it("holds a request across result areas for approval, with its verdicts", () => {
    given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)]))
      .thenEvents((events) => {
        const event = only(events);
        if (event.type !== "ReallocationRequested") return false;
        expect(event.schemaVersion).toBe(2);
        expect(outcomes(event.data.verdicts)).toMatchObject({
          "across-result-areas": "needs-approval",
          "cumulative-threshold": "pass",
        });
        return true;
      });
  });

  it("counts earlier applied reallocations towards the cumulative threshold", () => {
    const first = run([requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 300)])], signed).events;
    expect(first.at(-1)?.type).toBe("ReallocationApplied");
    given(agreementDecider, first)
      .when(requestReallocation("r2", [shift("6/OBW/Stad", "6/JW/Velden", 100)]))
      .thenEvents((events) => {
        const event = only(events);
        if (event.type !== "ReallocationRequested") return false;
        expect(event.data.verdicts.find((v) => v.rule === "cumulative-threshold")?.explanation).toBe(
          "cumulative transfers 400 h = 11.8% of 3 387 h, above 10% (300 h applied since the baseline + 100 h proposed)",
        );
        return true;
      });
  });

  it("refuses a forbidden request with the verdicts, recording nothing", () => {
    const events = signedWith(policy({ version: 3, protectedCells: ["6/JW/Velden"] }));
    const error = given(agreementDecider, events)
      .when(requestReallocation("r1", [shift("6/JW/Velden", "6/OBW/Velden", 10)]))
      .thenFails("ReallocationForbidden");
    expect(error.message).toBe(
      "reallocation r1 is forbidden: protected-cells: nothing may leave protected cell 6/JW/Velden",
    );
    expect(error.policyVersion).toBe(3);
    expect(outcomes(error.verdicts)).toMatchObject({ "protected-cells": "forbidden", conservation: "pass" });
  });

  it("keeps the invariant refusals, now carrying the verdicts too", () => {
    const error = given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Velden", "6/OBW/Stad", 400)]))
      .thenFails("InsufficientUnits");
    expect(error.verdicts?.find((v) => v.rule === "conservation")).toEqual({
      rule: "conservation",
      outcome: "forbidden",
      explanation: "cannot move 400 h out of 6/OBW/Velden: it holds 30 h",
      findings: [
        { code: "insufficient", values: { amount: "400", kind: "hours", from: "6/OBW/Velden", holds: "30" } },
      ],
    });
  });
});

describe("ApproveReallocation under the agreement's policy", () => {
  it("re-evaluates at approval time: a freeze window that has started forbids it", () => {
    const p = policy({
      version: 2,
      freezeWindows: [{ from: "2008-01-15", to: "2008-03-31", reason: "eindverantwoording" }],
    });
    const pending = run(
      [requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])],
      signedWith(p),
    ).events;
    const late = {
      ...approveReallocation("r1"),
      metadata: commandMetadata(actors.policyOfficer, { occurredAt: "2008-02-01T09:00:00Z" }),
    };
    const error = given(agreementDecider, pending).when(late).thenFails("ReallocationForbidden");
    expect(error.message).toContain(
      "2008-02-01 falls in the freeze window 2008-01-15 to 2008-03-31 (eindverantwoording)",
    );
    expect(outcomes(error.verdicts)).toMatchObject({ "freeze-window": "forbidden", "four-eyes": "pass" });
    given(agreementDecider, pending)
      .when(approveReallocation("r1"))
      .thenEvents((events) => only(events).type === "ReallocationApproved");
  });

  it("lets the policy name who approves", () => {
    const pending = run(
      [requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])],
      signedWith(policy({ version: 1, approverRoles: ["provider"] })),
    ).events;
    const error = given(agreementDecider, pending)
      .when(approveReallocation("r1"))
      .thenFails("ApproverNotAuthorised");
    expect(error.message).toBe(
      "J. de Vries acts as municipality: only the provider decides on reallocations",
    );
    given(agreementDecider, pending)
      .when(approveReallocation("r1", actors.director))
      .thenEvents((events) => only(events).type === "ReallocationApproved");
  });
});

describe("the policy in the agreement's lifecycle", () => {
  const negotiate = (round: number, p: ReallocationPolicy): NegotiateAgreement => ({
    type: "NegotiateAgreement",
    data: {
      agreementId: EXAMPLE_AGREEMENT_ID,
      round: round as NegotiateAgreement["data"]["round"],
      cellChanges: [],
      expectedResultChanges: [],
      policy: p,
    },
    metadata: commandMetadata(actors.policyOfficer),
  });
  const amend = (p: ReallocationPolicy): AmendAgreement => ({
    type: "AmendAgreement",
    data: {
      agreementId: EXAMPLE_AGREEMENT_ID,
      amendmentId: `am-${p.version}`,
      changes: [],
      expectedResultChanges: [],
      agreedBy: {
        municipality: { person: actors.alderman.person, role: "wethouder" },
        provider: { person: actors.director.person, role: "directeur" },
      },
      reason: "strakkere regels voor schuiven",
      policy: p,
    },
    metadata: commandMetadata(actors.policyOfficer),
  });

  it("uses the default policy when the proposal names none", () => {
    expect(given(agreementDecider, signed).state.policy).toEqual(defaultPolicy);
  });

  it("is negotiable before signing, under a higher version", () => {
    const proposed = run([proposeExample()]).events;
    const stricter = policy({ version: 2, cumulativeThreshold: "5" });
    given(agreementDecider, proposed)
      .when(negotiate(1, stricter))
      .thenState((s) => s.policy === stricter);
    const error = given(agreementDecider, proposed)
      .when(negotiate(1, policy({ version: 1, cumulativeThreshold: "5" })))
      .thenFails("PolicyVersionNotIncreased");
    expect(error.message).toContain("it is 1, the new policy says 1");
  });

  it("is frozen at signing: only an amendment changes it, and starts a new history", () => {
    given(agreementDecider, signed)
      .when(negotiate(1, policy({ version: 2 })))
      .thenFails("NegotiationClosed");
    const applied = run(
      [requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 300)])],
      signed,
    ).events;
    const amended = run([amend(policy({ version: 2, cumulativeThreshold: "5" }))], applied).events;
    expect(amended.at(-1)?.type).toBe("AgreementAmended");
    const state = given(agreementDecider, amended).state;
    expect(state.policy.version).toBe(2);
    expect(state.transfersSinceBaseline).toEqual(noTransfers);
    // 100 h of the amended 3 387 h total is 3%: within 5%, counted from the amendment on.
    const evaluation = evaluateReallocation(
      state,
      [shift("6/OBW/Stad", "6/OBW/Velden", 100)],
      "2007-09-01T10:00:00Z",
    );
    expect(E.isRight(evaluation) && evaluation.right.outcome).toBe("allowed");
    const same = amend(policy({ version: 2 }));
    given(agreementDecider, amended)
      .when({ ...same, data: { ...same.data, amendmentId: "am-again" } })
      .thenFails("PolicyVersionNotIncreased");
  });

  it("evaluates a dry run only on a signed agreement", () => {
    const proposed = given(agreementDecider, run([proposeExample()]).events).state;
    const result = evaluateReallocation(
      proposed,
      [shift("6/OBW/Stad", "6/OBW/Velden", 1)],
      "2007-05-08T10:00:00Z",
    );
    expect(E.isLeft(result) && result.left._tag).toBe("AgreementNotSigned");
  });
});
