import { cell } from "@grant-ledger/core";
import {
  actors,
  amendExample,
  approveReallocation,
  cellAt,
  givenView,
  hours,
  negotiateExample,
  proposeExample,
  rejectReallocation,
  reportResult,
  requestReallocation,
  run,
  shift,
  signBy,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { EVENT, cellHistoryFold } from "./cellHistory";
import { historyOf } from "./query";

const ID = "emmen-sedna-2007-example";

/** Offer, a negotiation round, signing, a shift applied at once, one approved, one rejected, an amendment, a report and its correction. */
const story = () =>
  recorded(
    run([
      proposeExample(),
      negotiateExample(),
      signBy("provider"),
      signBy("municipality"),
      requestReallocation("r-small", [shift("6/OBW/Stad", "6/OBW/Velden", 20)]),
      requestReallocation("r-big", [shift("6/OBW/Stad", "6/OBW/Velden", 600)]),
      approveReallocation("r-big"),
      requestReallocation("r-no", [shift("6/JW/Velden", "6/OBW/Velden", 300)]),
      rejectReallocation("r-no"),
      reportResult("2007-H1", [{ position: cellAt("6/OBW/Velden"), quantity: hours(300) }]),
      reportResult("2007-H1", [{ position: cellAt("6/OBW/Velden"), quantity: hours(310) }]),
    ]).events,
  );

const steps = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => [
    r.step,
    (r.before as { amount?: string } | null)?.amount ?? null,
    (r.after as { amount?: string } | null)?.amount ?? null,
  ]);

describe("cell history", () => {
  it("traces one cell from the offer through every step, with before and after", () => {
    const [first, ...rest] = story();
    givenView(cellHistoryFold, [first!])
      .when(...rest)
      .thenQuery(
        (s) => steps(historyOf(memoryRowSource(s), ID, cell("6", "OBW", "Velden"))),
        [
          ["offered", null, "30"],
          ["signed", null, "30"],
          ["reallocation-applied", "30", "50"],
          ["reallocation-requested", "50", "650"],
          ["reallocation-approved", "50", "650"],
          ["reallocation-requested", "650", "950"],
          ["reallocation-rejected", "650", "650"],
          ["result-reported", null, "300"],
          ["result-reported", "300", "310"],
        ],
      );
  });

  it("gives a page: the last entries before a revision", () => {
    const source = memoryRowSource(story().reduce(cellHistoryFold.evolve, cellHistoryFold.initialState));
    const whole = historyOf(source, ID, cell("6", "OBW", "Velden"));
    expect(historyOf(source, ID, cell("6", "OBW", "Velden"), { limit: 3 })).toEqual(whole.slice(-3));
    const before = whole[4]?.revision as number;
    expect(historyOf(source, ID, cell("6", "OBW", "Velden"), { beforeRevision: before, limit: 2 })).toEqual(
      whole.filter((r) => (r.revision as number) < before).slice(-2),
    );
  });

  it("states who, when and why, the revision and, for reallocations, the verdicts and policy version", () => {
    const rows = historyOf(
      memoryRowSource(story().reduce(cellHistoryFold.evolve, cellHistoryFold.initialState)),
      ID,
      cell("6", "OBW", "Stad"),
    );
    expect(steps(rows).slice(0, 3)).toEqual([
      ["offered", null, "1323"],
      ["negotiated", "1323", "1300"],
      ["signed", null, "1300"],
    ]);
    expect(rows[1]).toMatchObject({
      type: "AgreementNegotiated",
      round: 1,
      reason: "less demand",
      level: "cell",
    });
    const approved = rows.find((r) => r.step === "reallocation-approved");
    expect(approved).toMatchObject({
      type: "ReallocationApproved",
      requestId: "r-big",
      actor: actors.policyOfficer,
      reason: "fits the policy",
      policyVersion: expect.any(Number),
    });
    expect((approved?.verdicts as unknown[]).length).toBeGreaterThan(0);
    expect(typeof approved?.revision).toBe("number");
    expect(approved?.recordedAt).toBe(approved?.occurredAt);
  });

  it("shows the offer of the row a cell lies in when the offer is known per work type only", () => {
    const offer = [{ position: { resultArea: "2", workType: "OBW" }, quantity: hours(860) }];
    const events = recorded(run([proposeExample({ offer, expectedResults: [] })]).events);
    givenView(cellHistoryFold)
      .when(...events)
      .thenQuery(
        (s) =>
          historyOf(memoryRowSource(s), ID, cell("2", "OBW", "Velden")).map((r) => [
            r.step,
            r.level,
            (r.position as { key: string }).key,
          ]),
        [["offered", "row", "2/OBW/*"]],
      );
  });

  it("amendments appear with their own reason and the amendment's", () => {
    const events = recorded(
      run([proposeExample(), signBy("provider"), signBy("municipality"), amendExample()]).events,
    );
    const rows = historyOf(
      memoryRowSource(events.reduce(cellHistoryFold.evolve, cellHistoryFold.initialState)),
      ID,
      cell("6", "OBW", "Velden"),
    );
    expect(rows.at(-1)).toMatchObject({
      step: "amended",
      amendmentId: "am-1",
      reason: "extra budget",
      amendmentReason: "extra budget for Velden",
      before: { kind: "hours", amount: "30" },
      after: { kind: "hours", amount: "40" },
    });
  });

  it("keeps what an event's entries share once: a shift between two cells stores its verdicts in one row", () => {
    const rows = story().reduce(cellHistoryFold.evolve, cellHistoryFold.initialState).get(ID);
    const withVerdicts = [...(rows?.entries() ?? [])].flatMap(([group, byKey]) =>
      [...byKey.values()].filter((r) => JSON.stringify(r).includes('"verdicts"')).map(() => group),
    );
    // r-small applied, r-big requested and approved, r-no requested: four events, each one row.
    expect(withVerdicts).toEqual([EVENT, EVENT, EVENT, EVENT]);
    const source = memoryRowSource(story().reduce(cellHistoryFold.evolve, cellHistoryFold.initialState));
    const [from, to] = [cell("6", "OBW", "Stad"), cell("6", "OBW", "Velden")].map((c) =>
      historyOf(source, ID, c).find((r) => r.requestId === "r-big" && r.step === "reallocation-approved"),
    );
    expect(from?.verdicts).toEqual(to?.verdicts);
    expect((from?.after as { amount: string }).amount).not.toBe((to?.after as { amount: string }).amount);
  });
});
