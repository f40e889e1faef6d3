import { Map as PersistentMap } from "immutable";
import { describe, expect, it } from "vitest";
import { ReallocationPolicy } from "../../policy/policy";
import { noTransfers, transfersOf } from "../../policy/transfers";
import type { Verdict } from "../../policy/verdict";
import { eventMetadataFrom } from "../../provenance/metadata";
import { GROUPS } from "../../quantity/unitKind";
import {
  EXAMPLE_AGREEMENT_ID,
  actors,
  approveReallocation,
  cellAt,
  commandMetadata,
  exampleSignedEvents,
  hours,
  proposeExample,
  quantityOf,
  rejectReallocation,
  requestReallocation,
  run,
  shift,
  signBy,
} from "../../testing";
import { given } from "../../testing/given";
import { agreementDecider } from "../decider";
import { RequestIdSet } from "../requestIds";

const signed = exampleSignedEvents();

/** A policy under which every shift waits for approval: for the request → decision flow. */
const everyShiftNeedsApproval = (() => {
  const decoded = ReallocationPolicy.decode({ version: 1, cumulativeThreshold: "0" });
  if (decoded._tag === "Left") throw new Error("invalid test policy");
  return decoded.right;
})();
const signedStrict = run([
  proposeExample({ policy: everyShiftNeedsApproval }),
  signBy("provider"),
  signBy("municipality"),
]).events;
const outcomes = (verdicts: readonly Verdict[]) =>
  Object.fromEntries(verdicts.map((v) => [v.rule, v.outcome]));

describe("RequestReallocation", () => {
  it("records a pending request with its shifts, reason, verdicts and policy version", () => {
    const cmd = requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 100)]);
    const verdicts = given(agreementDecider, signedStrict).when(cmd).result;
    const recorded = verdicts._tag === "Right" ? verdicts.right[0] : undefined;
    const trace = recorded?.type === "ReallocationRequested" ? recorded.data.verdicts : [];
    expect(trace.find((v) => v.rule === "cumulative-threshold")).toMatchObject({
      rule: "cumulative-threshold",
      outcome: "needs-approval",
      explanation:
        "cumulative transfers 100 h = 3% of 3 387 h, above 0% (0 h applied since the baseline + 100 h proposed)",
    });
    given(agreementDecider, signedStrict)
      .when(cmd)
      .then([
        {
          type: "ReallocationRequested",
          schemaVersion: 2,
          data: {
            requestId: "r1",
            shifts: [shift("6/OBW/Stad", "6/OBW/Velden", 100)],
            reason: "demand moved to the town centre",
            verdicts: trace,
            policyVersion: 1,
          },
          metadata: eventMetadataFrom(cmd.metadata, "demand moved to the town centre"),
        },
      ])
      .thenState((s) => {
        expect(s.pendingReallocations.get("r1")).toEqual({
          requestId: "r1",
          shifts: [shift("6/OBW/Stad", "6/OBW/Velden", 100)],
          requestedBy: actors.teamLead,
          requestedAt: cmd.metadata.occurredAt,
          reason: "demand moved to the town centre",
        });
        // Nothing moves before approval.
        expect(s.current).toEqual(given(agreementDecider, signedStrict).state.current);
        return true;
      });
  });

  it("is refused before signing", () => {
    const proposed = run([proposeExample()]).events;
    given(agreementDecider, proposed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))
      .thenFails("AgreementNotSigned");
  });

  it("is refused for an agreement that does not exist", () => {
    given(agreementDecider, [])
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))
      .thenFails("AgreementNotFound");
  });

  it("is refused for another agreement than this one", () => {
    const cmd = requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]);
    given(agreementDecider, signed)
      .when({ ...cmd, data: { ...cmd.data, agreementId: "other" } })
      .thenFails("WrongAgreement");
  });

  it("needs at least one shift", () => {
    given(agreementDecider, signed).when(requestReallocation("r1", [])).thenFails("EmptyReallocation");
  });

  it("needs a reason", () => {
    given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)], actors.teamLead, " "))
      .thenFails("ReasonRequired");
  });

  it("refuses a shift of zero", () => {
    given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 0)]))
      .thenFails("NonPositiveShift");
  });

  it("refuses a shift from a cell to itself", () => {
    given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Stad", 5)]))
      .thenFails("SameCell");
  });

  it("refuses to take a cell below zero, naming the cell and the numbers", () => {
    const error = given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Velden", "6/OBW/Stad", 400)]))
      .thenFails("InsufficientUnits");
    expect(error.message).toBe("cannot move 400 hours out of 6/OBW/Velden: it holds 30");
  });

  it("applies shifts in order when checking balances", () => {
    given(agreementDecider, signed)
      .when(
        requestReallocation("r1", [
          shift("6/OBW/Stad", "6/OBW/Velden", 100),
          shift("6/OBW/Velden", "6/JW/Velden", 130),
        ]),
      )
      .thenEvents((events) => events.length === 1);
    given(agreementDecider, signed)
      .when(
        requestReallocation("r1", [
          shift("6/OBW/Velden", "6/JW/Velden", 130),
          shift("6/OBW/Stad", "6/OBW/Velden", 100),
        ]),
      )
      .thenFails("InsufficientUnits");
  });

  it("refuses moving units between unit kinds", () => {
    const error = given(agreementDecider, signed)
      .when(
        requestReallocation("r1", [
          { from: cellAt("6/OBW/Stad"), to: cellAt("2/OBW/Velden"), quantity: quantityOf(82, GROUPS) },
        ]),
      )
      .thenFails("UnitKindMismatch");
    expect(error.message).toBe("cannot move 82 groups out of 6/OBW/Stad: it counts hours");
  });

  it("refuses a cell the contract does not have: that is a scope change", () => {
    const error = given(agreementDecider, signed)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Monden", 10)]))
      .thenFails("ScopeChangeNeedsAmendment");
    expect(error.message).toContain("6/OBW/Monden");
  });

  it("refuses a request id already in use", () => {
    const pending = run(
      [requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)])],
      signedStrict,
    ).events;
    given(agreementDecider, pending)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))
      .thenFails("DuplicateRequestId");
    const decided = run([rejectReallocation("r1")], pending).events;
    given(agreementDecider, decided)
      .when(requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]))
      .thenFails("DuplicateRequestId");
  });
});

describe("ApproveReallocation", () => {
  const pending = run(
    [
      requestReallocation("r1", [
        shift("6/OBW/Stad", "6/OBW/Velden", 100),
        shift("6/OBW/Stad", "6/JW/Velden", 20),
      ]),
    ],
    signedStrict,
  ).events;

  it("applies the shifts and records before and after of every touched cell", () => {
    const cmd = approveReallocation("r1");
    const decided = given(agreementDecider, pending).when(cmd).result;
    const approvedEvent = decided._tag === "Right" ? decided.right[0] : undefined;
    const trace = approvedEvent?.type === "ReallocationApproved" ? approvedEvent.data.verdicts : [];
    expect(outcomes(trace)).toEqual({
      conservation: "pass",
      "cumulative-threshold": "needs-approval",
      "cell-limits": "pass",
      "protected-cells": "pass",
      "across-result-areas": "pass",
      scope: "pass",
      "freeze-window": "pass",
      "four-eyes": "pass",
      "approver-role": "pass",
    });
    given(agreementDecider, pending)
      .when(cmd)
      .then([
        {
          type: "ReallocationApproved",
          schemaVersion: 2,
          data: {
            requestId: "r1",
            effects: [
              { cell: cellAt("6/OBW/Stad"), before: hours(1323), after: hours(1203) },
              { cell: cellAt("6/OBW/Velden"), before: hours(30), after: hours(130) },
              { cell: cellAt("6/JW/Velden"), before: hours(660), after: hours(680) },
            ],
            reason: "fits the policy",
            verdicts: trace,
            policyVersion: 1,
          },
          metadata: eventMetadataFrom(cmd.metadata, "fits the policy"),
        },
      ])
      .thenState((s) => {
        expect(s.current.get("6/OBW/Velden")?.quantity).toEqual(hours(130));
        expect(s.baseline.get("6/OBW/Velden")?.quantity).toEqual(hours(30));
        expect(s.pendingReallocations.size).toBe(0);
        expect(s.decidedRequestIds.has("r1")).toBe(true);
        expect(s.transfersSinceBaseline).toEqual(
          transfersOf([
            {
              appliedAt: cmd.metadata.occurredAt,
              shifts: [shift("6/OBW/Stad", "6/OBW/Velden", 100), shift("6/OBW/Stad", "6/JW/Velden", 20)],
            },
          ]),
        );
        return true;
      });
  });

  it("needs a pending request", () => {
    given(agreementDecider, signed).when(approveReallocation("nope")).thenFails("RequestNotPending");
    const approved = run([approveReallocation("r1")], pending).events;
    const error = given(agreementDecider, approved)
      .when(approveReallocation("r1"))
      .thenFails("RequestNotPending");
    expect(error.message).toContain("already been decided");
  });

  it("is for the municipality only", () => {
    given(agreementDecider, pending)
      .when(approveReallocation("r1", actors.director))
      .thenFails("ApproverNotAuthorised");
    // An auditor never writes: refused before the approver roles are looked at.
    given(agreementDecider, pending)
      .when(approveReallocation("r1", actors.auditor))
      .thenFails("ActorNotParty");
  });

  it("may not be given by whoever requested (four eyes)", () => {
    const byOfficer = run(
      [requestReallocation("r2", [shift("6/OBW/Stad", "6/OBW/Velden", 1)], actors.policyOfficer)],
      signedStrict,
    ).events;
    const error = given(agreementDecider, byOfficer)
      .when(approveReallocation("r2", actors.policyOfficer))
      .thenFails("FourEyesViolation");
    expect(error.message).toContain(actors.policyOfficer.person);
    expect(error.verdicts?.find((v) => v.rule === "four-eyes")?.outcome).toBe("forbidden");
    given(agreementDecider, byOfficer)
      .when(approveReallocation("r2", actors.alderman))
      .thenEvents((es) => es.length === 1);
  });

  it("needs a justification, like a rejection, and records nothing without one", () => {
    const pending = run(
      [requestReallocation("j1", [shift("6/OBW/Stad", "6/OBW/Velden", 100)])],
      signedStrict,
    ).events;
    for (const reason of ["", "   "]) {
      const error = given(agreementDecider, pending)
        .when(approveReallocation("j1", actors.policyOfficer, reason))
        .thenFails("ReasonRequired");
      expect(error.message).toBe("approving j1 needs a reason");
    }
    expect(given(agreementDecider, pending).state.pendingReallocations.has("j1")).toBe(true);
  });

  it("re-checks balances against the state at approval time", () => {
    const two = run(
      [
        requestReallocation("a", [shift("6/OBW/Velden", "6/OBW/Stad", 30)]),
        requestReallocation("b", [shift("6/OBW/Velden", "6/JW/Velden", 20)]),
        approveReallocation("a"),
      ],
      signedStrict,
    ).events;
    const error = given(agreementDecider, two).when(approveReallocation("b")).thenFails("InsufficientUnits");
    expect(error.message).toBe("cannot move 20 hours out of 6/OBW/Velden: it holds 0");
  });
});

describe("RejectReallocation", () => {
  const pending = run(
    [requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 100)])],
    signedStrict,
  ).events;

  it("discards the request with a reason and leaves the matrix alone", () => {
    const cmd = rejectReallocation("r1");
    const before = given(agreementDecider, pending).state;
    given(agreementDecider, pending)
      .when(cmd)
      .then([
        {
          type: "ReallocationRejected",
          schemaVersion: 1,
          data: { requestId: "r1", reason: "demand not shown" },
          metadata: eventMetadataFrom(cmd.metadata, "demand not shown"),
        },
      ])
      .thenState({
        current: before.current,
        pendingReallocations: PersistentMap(),
        decidedRequestIds: RequestIdSet.of(["r1"]),
        transfersSinceBaseline: noTransfers,
      });
  });

  it("needs a reason", () => {
    given(agreementDecider, pending)
      .when(rejectReallocation("r1", actors.policyOfficer, ""))
      .thenFails("ReasonRequired");
  });

  it("is for the municipality only, on pending requests", () => {
    given(agreementDecider, pending)
      .when(rejectReallocation("r1", actors.director))
      .thenFails("ApproverNotAuthorised");
    given(agreementDecider, pending).when(rejectReallocation("r9")).thenFails("RequestNotPending");
  });

  it("works on the example agreement id", () => {
    expect(rejectReallocation("r1").data.agreementId).toBe(EXAMPLE_AGREEMENT_ID);
    expect(commandMetadata(actors.auditor).commandId).not.toBe(commandMetadata(actors.auditor).commandId);
  });
});
