import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import { agreementDecider } from "../agreement/decider";
import { fold } from "../decider/decider";
import {
  actors,
  approveReallocation,
  commandMetadata,
  exampleSignedEvents,
  hours,
  rejectReallocation,
  requestReallocation,
  run,
  shift,
} from "../testing";
import { DOMAIN_EVENT_TYPES, currentSchemaVersion } from "./catalogue";
import { decodeEvent, encodeEvent, eventDecoder } from "./serialisation";
import { type Upcaster, upcast, upcasterTable } from "./upcasters";

const history = () => {
  const signed = exampleSignedEvents();
  return run(
    [
      // Applied at once (within the default policy); then two that need approval (across result areas).
      requestReallocation("r1", [shift("6/OBW/Stad", "6/OBW/Velden", 1)]),
      requestReallocation("r2", [shift("6/OBW/Stad", "2/OBW/Stad", "12.5")]),
      approveReallocation("r2"),
      requestReallocation("r3", [shift("6/OBW/Stad", "2/OBW/Stad", 1)]),
      rejectReallocation("r3"),
      {
        type: "ReportResult",
        data: {
          agreementId: signed[0]?.type === "AgreementProposed" ? signed[0].data.agreementId : "",
          period: "2007-H1",
          realised: [],
          reach: [],
        },
        metadata: commandMetadata(actors.teamLead),
      },
      {
        type: "CloseAgreement",
        data: {
          agreementId: signed[0]?.type === "AgreementProposed" ? signed[0].data.agreementId : "",
          closedOn: "2008-06-30",
          finalDetermination: { amount: { cents: 38672246n }, note: "vastgesteld" },
          reason: "done",
        },
        metadata: commandMetadata(actors.alderman),
      },
    ],
    signed,
  );
};

describe("event serialisation", () => {
  it("round-trips every event of a history through plain JSON", () => {
    const { events, state } = history();
    const stored = JSON.parse(JSON.stringify(events.map(encodeEvent)));
    const decoded = stored.map(decodeEvent);
    expect(decoded.every(E.isRight)).toBe(true);
    const back = decoded.flatMap((d: E.Either<unknown, never>) => (E.isRight(d) ? [d.right] : []));
    expect(back).toEqual(events);
    expect(fold(agreementDecider.evolve, agreementDecider.initialState, back)).toEqual(state);
  });

  it("writes decimals and cents as strings, in the event store's shape", () => {
    const { events } = history();
    const approved = events.map(encodeEvent).find((e) => e.type === "ReallocationApproved");
    expect(approved?.schemaVersion).toBe(2);
    expect(approved?.data).toMatchObject({
      effects: [
        { before: { kind: "hours", amount: "1322" }, after: { kind: "hours", amount: "1309.5" } },
        {},
      ],
      policyVersion: 1,
    });
    expect(approved?.metadata.commandId).toMatch(/^cmd-/);
    const closed = events.map(encodeEvent).find((e) => e.type === "AgreementClosed");
    expect(closed?.data).toMatchObject({ finalDetermination: { amount: "38672246" } });
    const proposed = events.map(encodeEvent).find((e) => e.type === "AgreementProposed");
    expect(proposed?.data).toMatchObject({ tariffs: [{ workType: "OBW", tariff: "7755" }] });
  });

  it("names the path and the value of what is wrong", () => {
    const { events } = history();
    const approved = events.map(encodeEvent).find((e) => e.type === "ReallocationApproved");
    const broken = JSON.parse(JSON.stringify(approved));
    broken.data.effects[1].after.amount = 130.5;
    const result = decodeEvent(broken);
    expect(E.isLeft(result) && result.left.map((p) => p.message)).toEqual([
      'at data.effects[1].after.amount: expected a decimal string such as "4986.75", found 130.5',
    ]);
  });

  it("refuses unknown types, bad versions and versions from the future", () => {
    const messages = (raw: unknown) => {
      const r = decodeEvent(raw);
      return E.isLeft(r) ? r.left.map((p) => p.message).join("; ") : "accepted";
    };
    expect(messages(null)).toContain("expected an event object");
    expect(messages({ type: "Nope", schemaVersion: 1, data: {}, metadata: {} })).toContain(
      'unknown event type "Nope"',
    );
    expect(messages({ type: "PartySigned", schemaVersion: "1", data: {}, metadata: {} })).toContain(
      "positive integer",
    );
    expect(messages({ type: "PartySigned", schemaVersion: 2, data: {}, metadata: {} })).toContain(
      "PartySigned v2 is newer than this library (v1)",
    );
    expect(
      messages({ type: "PartySigned", schemaVersion: 1, data: { party: "mayor" }, metadata: {} }),
    ).toContain("at data.party");
  });

  it("knows the current version of every event type", () => {
    expect(DOMAIN_EVENT_TYPES).toHaveLength(22);
    expect(currentSchemaVersion("ResultReported")).toBe(3);
    const upcasted = [
      "ResultReported",
      "ReallocationRequested",
      "ReallocationApproved",
      "BudgetReallocationRequested",
      "BudgetReallocationApplied",
    ];
    for (const t of upcasted.slice(1))
      expect(currentSchemaVersion(t as (typeof DOMAIN_EVENT_TYPES)[number])).toBe(2);
    expect(
      DOMAIN_EVENT_TYPES.filter((t) => !upcasted.includes(t)).every((t) => currentSchemaVersion(t) === 1),
    ).toBe(true);
  });
});

describe("upcasters", () => {
  const metadata = {
    actor: { organisationId: "sedna", role: "provider", person: "A. Bakker" },
    occurredAt: "2007-07-15T09:00:00Z",
    recordedAt: "2007-07-15T09:00:01Z",
    commandId: "c-1",
    correlationId: "c-1",
    causationId: "c-1",
  };

  it("read ResultReported v1 (hours implied, no outcomes) as v3", () => {
    const v1 = {
      type: "ResultReported",
      schemaVersion: 1,
      data: {
        period: "2007-H1",
        realised: [{ cell: { resultArea: "6", workType: "scw 1", district: "stad" }, hours: "204.5" }],
        reach: [{ expectedResultId: "er-1", reached: 31 }],
        remarks: "half-year report",
      },
      metadata,
    };
    const result = decodeEvent(v1);
    expect(result).toEqual(
      E.right({
        type: "ResultReported",
        schemaVersion: 3,
        data: {
          period: "2007-H1",
          realised: [
            { position: { resultArea: "6", workType: "SCW1", district: "Stad" }, quantity: hours("204.5") },
          ],
          reach: [{ expectedResultId: "er-1", reached: 31 }],
          remarks: "half-year report",
        },
        metadata,
      }),
    );
    if (E.isRight(result)) expect(encodeEvent(result.right).schemaVersion).toBe(3);
  });

  it("read ResultReported v2 with its unbounded remark and labels cut to the v3 bounds, a blank remark left out", () => {
    const long = "x".repeat(400);
    const v2 = (remarks: string) => ({
      type: "ResultReported",
      schemaVersion: 2,
      data: {
        period: "2007-H1",
        realised: [],
        reach: [],
        remarks,
        outcomes: [{ label: "y".repeat(130), count: 4 }],
      },
      metadata,
    });
    const read = decodeEvent(v2(long));
    expect(E.isRight(read) && read.right.type === "ResultReported" && read.right.data).toEqual({
      period: "2007-H1",
      realised: [],
      reach: [],
      remarks: `${"x".repeat(279)}…`,
      outcomes: [{ label: `${"y".repeat(119)}…`, count: 4 }],
    });
    const blank = decodeEvent(v2("  "));
    expect(E.isRight(blank) && blank.right.type === "ResultReported" && "remarks" in blank.right.data).toBe(
      false,
    );
  });

  it("report malformed v1 data with its v1 path", () => {
    const result = decodeEvent({
      type: "ResultReported",
      schemaVersion: 1,
      data: {
        period: "2007-H1",
        realised: [{ cell: { resultArea: "6", workType: "OBW", district: "Stad" }, hours: "12,5" }],
        reach: [],
      },
      metadata,
    });
    expect(E.isLeft(result) && result.left[0]?.message).toBe(
      'ResultReported v1: at data.realised[0].hours: expected a decimal string such as "4986.75", found "12,5"',
    );
  });

  it("report missing v1 data at data", () => {
    const result = decodeEvent({ type: "ResultReported", schemaVersion: 1, metadata });
    expect(E.isLeft(result) && result.left.every((p) => p.path === "data")).toBe(true);
    expect(E.isLeft(result) && result.left[0]?.message).toMatch(/^ResultReported v1: at data: /);
  });

  it("chain the steps of the table they are given and refuse a missing step or a doubled one", () => {
    const two: Upcaster = (d) => E.right({ ...(d as object), two: true });
    const three: Upcaster = (d) => E.right({ ...(d as object), three: true });
    const table = upcasterTable([
      { type: "TestOnlyEvent", fromVersion: 1, upcast: two },
      { type: "TestOnlyEvent", fromVersion: 2, upcast: three },
    ]);
    expect(upcast(table, "TestOnlyEvent", 1, { one: true }, 3)).toEqual(
      E.right({ one: true, two: true, three: true }),
    );
    expect(upcast(table, "TestOnlyEvent", 3, { x: 1 }, 3)).toEqual(E.right({ x: 1 }));
    const missing = upcast(table, "TestOnlyEvent", 1, {}, 4);
    expect(E.isLeft(missing) && missing.left[0]?.message).toContain("no upcaster for TestOnlyEvent v3");
    // Another table knows nothing of these steps: nothing is registered globally.
    expect(E.isLeft(upcast(upcasterTable([]), "TestOnlyEvent", 1, {}, 2))).toBe(true);
    expect(() =>
      upcasterTable([
        { type: "TestOnlyEvent", fromVersion: 1, upcast: two },
        { type: "TestOnlyEvent", fromVersion: 1, upcast: three },
      ]),
    ).toThrow(/two upcasters for TestOnlyEvent v1/);
  });

  it("are data given to the decoder: without them an old version is a problem, never a guess", () => {
    const v1 = {
      type: "ReallocationRejected",
      schemaVersion: 1,
      data: { requestId: "r1", reason: "demand not shown" },
      metadata,
    };
    expect(E.isRight(eventDecoder(upcasterTable([]))(v1))).toBe(true); // current version: no step needed
    const oldRequest = {
      type: "ReallocationRequested",
      schemaVersion: 1,
      data: { requestId: "r1", shifts: [], reason: "x" },
      metadata,
    };
    const bare = eventDecoder(upcasterTable([]))(oldRequest);
    expect(E.isLeft(bare) && bare.left[0]?.message).toContain("no upcaster for ReallocationRequested v1");
    expect(E.isRight(decodeEvent(oldRequest))).toBe(true);
  });
});
