import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import type { Command } from "../../commands/catalogue";
import type { DomainEvent } from "../../events/catalogue";
import { ReallocationPolicy } from "../../policy/policy";
import {
  actors,
  amendExample,
  approveReallocation,
  closeExample,
  commandMetadata,
  negotiateExample,
  proposeExample,
  rejectReallocation,
  reportResult,
  requestReallocation,
  run,
  shift,
  signBy,
  unrecorded,
} from "../../testing";
import { given } from "../../testing/given";
import { agreementDecider } from "../decider";

const policy = (fields: Record<string, unknown>): ReallocationPolicy => {
  const decoded = ReallocationPolicy.decode(fields);
  if (E.isLeft(decoded)) throw new Error(`invalid test policy ${JSON.stringify(fields)}`);
  return decoded.right;
};
const JUNE_FREEZE = policy({
  version: 1,
  cumulativeThreshold: "50",
  freezeWindows: [{ from: "2007-06-01", to: "2007-06-30", reason: "halfjaarrapportage" }],
});
const proposed = run([proposeExample({ policy: JUNE_FREEZE })]).events;
const signed = run([signBy("provider"), signBy("municipality")], proposed).events;
const moveTen = [shift("6/OBW/Stad", "6/OBW/Velden", 10)];

/** A request the client dates `occurredAt` and the ledger records at `recordedAt`. */
const requestAt = (occurredAt: string, recordedAt: string, requestId = "r1") => ({
  ...requestReallocation(requestId, moveTen),
  metadata: commandMetadata(actors.teamLead, { occurredAt, recordedAt }),
});

describe("time is the ledger's: rules judge by recordedAt", () => {
  it("a backdated occurredAt cannot move a request out of a freeze window", () => {
    // Recorded on 15 June, inside the window; the client claims 20 May, before it.
    const backdated = requestAt("2007-05-20T10:00:00Z", "2007-06-15T09:00:00Z");
    const error = given(agreementDecider, signed).when(backdated).thenFails("ReallocationForbidden");
    expect(error.message).toContain("2007-06-15 falls in the freeze window 2007-06-01 to 2007-06-30");
    expect(error.verdicts?.find((v) => v.rule === "freeze-window")?.outcome).toBe("forbidden");
  });

  it("a backdated occurredAt is recorded as given when the ledger's day is outside the window", () => {
    // The client claims a day inside the window; the ledger recorded it on 2 July.
    const cmd = requestAt("2007-06-15T10:00:00Z", "2007-07-02T09:00:00Z");
    given(agreementDecider, signed)
      .when(cmd)
      .thenEvents((events) => {
        const [event] = events;
        expect(event?.type).toBe("ReallocationApplied");
        expect(event?.metadata.occurredAt).toBe("2007-06-15T10:00:00Z");
        expect(event?.metadata.recordedAt).toBe("2007-07-02T09:00:00Z");
        return true;
      });
  });

  it("judges the day on the Amsterdam calendar: 31 May 22:30 UTC is 1 June", () => {
    given(agreementDecider, signed)
      .when(requestAt("2007-05-31T22:30:00Z", "2007-05-31T22:30:00Z"))
      .thenFails("ReallocationForbidden");
    given(agreementDecider, signed)
      .when(requestAt("2007-05-31T21:30:00Z", "2007-05-31T21:30:00Z"))
      .thenEvents((events) => events[0]?.type === "ReallocationApplied");
  });

  it("an approval is judged by the day the ledger recorded it, not the one the approver claims", () => {
    const strict = policy({
      ...ReallocationPolicy.encode(JUNE_FREEZE),
      version: 1,
      cumulativeThreshold: "0",
    });
    const pending = run(
      [requestAt("2007-05-20T10:00:00Z", "2007-05-20T10:00:00Z")],
      run([proposeExample({ policy: strict }), signBy("provider"), signBy("municipality")]).events,
    ).events;
    const approval = {
      ...approveReallocation("r1"),
      metadata: commandMetadata(actors.policyOfficer, {
        occurredAt: "2007-05-25T10:00:00Z",
        recordedAt: "2007-06-10T10:00:00Z",
      }),
    };
    given(agreementDecider, pending).when(approval).thenFails("ReallocationForbidden");
  });

  it("refuses every command kind that reaches decide without recordedAt", () => {
    const pending = run(
      [requestReallocation("r1", [shift("6/OBW/Stad", "2/OBW/Stad", 100)])],
      run([proposeExample(), signBy("provider"), signBy("municipality")]).events,
    ).events;
    const signedDefault = run([proposeExample(), signBy("provider"), signBy("municipality")]).events;
    const cases: readonly [readonly DomainEvent[], Command][] = [
      [[], proposeExample()],
      [proposed, negotiateExample()],
      [proposed, signBy("provider")],
      [signedDefault, requestReallocation("r2", moveTen)],
      [pending, approveReallocation("r1")],
      [pending, rejectReallocation("r1")],
      [signedDefault, reportResult("2007-H1")],
      [signedDefault, amendExample()],
      [signedDefault, closeExample()],
    ];
    for (const [history, command] of cases) {
      given(agreementDecider, history)
        .when(command)
        .thenEvents((events) => events.length > 0);
      const error = given(agreementDecider, history)
        .when(unrecorded(command))
        .thenFails("CommandNotRecorded");
      expect(error).toMatchObject({ commandId: command.metadata.commandId });
      expect(error.message).toContain("has no recordedAt");
    }
  });
});
