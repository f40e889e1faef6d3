import * as E from "fp-ts/Either";
import { describe, expect, it } from "vitest";
import type { Command } from "../../commands/catalogue";
import { armoede2022, buurtVitaal2009 } from "../../funding/examples.testSupport";
import { budgetRealisation } from "../../funding/realisation";
import { fundingSummary } from "../../funding/summary";
import { toDecimalString } from "../../quantity/decimal";
import {
  actors,
  dec,
  decideGrant,
  exampleSignedEvents,
  grantDecision,
  recordBudget,
  recordContributions,
  reportCosts,
  run,
} from "../../testing";
import { agreementDecider } from "../decider";

const refusal = (commands: readonly Command[], last: Command) => {
  const { state } = run(commands, exampleSignedEvents());
  const r = agreementDecider.decide(last, state);
  return E.isLeft(r) ? r.left : undefined;
};

const partners = {
  parties: [
    { id: "lefier", name: "Woningcorporatie", role: "co-funder" as const },
    { id: "ggd", name: "GGD Drenthe", role: "executing-partner" as const, lead: "P" as const },
  ],
  contributions: [
    { partyId: "lefier", item: "energieaanpassingen", form: "cash" as const, amount: dec("1370000") },
    { partyId: "ggd", item: "monitoring", form: "in-kind" as const, hours: dec("200"), rate: dec("85") },
  ],
};

describe("the grant decision", () => {
  it("is decided by the municipality only, and changed only by a decision that supersedes it", () => {
    expect(refusal([], decideGrant(grantDecision("900000"), actors.director))?._tag).toBe("PartyNotAllowed");
    const first = decideGrant(grantDecision("900000"));
    expect(refusal([first], decideGrant(grantDecision("950000", { reference: "B-2007-002" })))?._tag).toBe(
      "GrantNotSuperseded",
    );
    const { state } = run(
      [first, decideGrant(grantDecision("950000", { reference: "B-2007-002", supersedes: "B-2007-001" }))],
      exampleSignedEvents(),
    );
    expect(state.funding.grant?.reference).toBe("B-2007-002");
    expect(toDecimalString(state.funding.grant?.amountGranted ?? dec("0"))).toBe("950000");
  });

  it("refuses a budget above the amount granted unless the budget's policy allows it", () => {
    const tooMuch = refusal([decideGrant(grantDecision("850000"))], recordBudget([armoede2022()]));
    expect(tooMuch?._tag).toBe("BudgetAboveGrant");
    expect(tooMuch?.message).toContain("€ 854 788.425");
    // As data too, for any language to word: exact euro strings, the limit and the decision.
    expect(tooMuch).toMatchObject({
      costs: "854788.425",
      contributions: "0",
      shortfall: "854788.425",
      limit: "amount-granted",
      limitAmount: "850000",
    });
    expect(
      E.isRight(
        agreementDecider.decide(
          recordBudget([armoede2022()], { aboveGrant: "allow" }),
          run([decideGrant(grantDecision("850000"))], exampleSignedEvents()).state,
        ),
      ),
    ).toBe(true);
  });

  it("lets the ceiling cover a budget above the grant when the policy says up-to-ceiling", () => {
    const withCeiling = decideGrant({ ...grantDecision("850000"), ceiling: dec("900000") });
    const { state } = run(
      [withCeiling, recordBudget([armoede2022()], { aboveGrant: "up-to-ceiling" })],
      exampleSignedEvents(),
    );
    expect(state.funding.budget?.policy.aboveGrant).toBe("up-to-ceiling");
    // Without that policy the ceiling does not count: the limit is the amount granted.
    expect(refusal([withCeiling], recordBudget([armoede2022()]))).toMatchObject({
      _tag: "BudgetAboveGrant",
      limit: "amount-granted",
      limitAmount: "850000",
    });
  });

  it("refuses a new, lower grant that the recorded budget no longer fits", () => {
    const e = refusal(
      [decideGrant(grantDecision("900000")), recordBudget([armoede2022()])],
      decideGrant(grantDecision("800000", { reference: "B-2007-002", supersedes: "B-2007-001" })),
    );
    expect(e?._tag).toBe("BudgetAboveGrant");
  });
});

describe("budget, contributions and financing", () => {
  it("computes shortfall and deficit of the Buurt Vitaal plan from its lines and the contributions", () => {
    const { state } = run(
      // The plan ends in a deficit: its policy lets what the grant must cover exceed it.
      [
        recordBudget(buurtVitaal2009(), { aboveGrant: "allow" }),
        recordContributions(partners),
        decideGrant(grantDecision("800000")),
      ],
      exampleSignedEvents(),
    );
    const { financing, groups } = fundingSummary(state.funding);
    expect(groups.map((g) => toDecimalString(g.amount))).toEqual(["80360", "255250", "1731680", "219000"]);
    expect(toDecimalString(financing.costs)).toBe("2286290");
    expect(toDecimalString(financing.contributions)).toBe("1387000");
    expect(toDecimalString(financing.shortfall)).toBe("899290");
    expect(toDecimalString(financing.deficit)).toBe("99290");
  });

  it("refuses contributions that name a party not listed", () => {
    const stray = { ...partners, parties: partners.parties.slice(0, 1) };
    expect(refusal([recordBudget(buurtVitaal2009())], recordContributions(stray))?._tag).toBe(
      "InvalidBudget",
    );
  });

  it("refuses a budget with a line given twice, and a budget after signing by the provider", () => {
    const g = armoede2022();
    const twice = { ...g, lines: [...g.lines, ...g.lines.slice(0, 1)] };
    expect(refusal([], recordBudget([twice]))?._tag).toBe("InvalidBudget");
    expect(refusal([], recordBudget([g], undefined, actors.director))?._tag).toBe("PartyNotAllowed");
  });
});

describe("realised costs", () => {
  it("shows the variance per line, group and total with V and N; a later report for a period corrects it", () => {
    const line = (l: string, amount: string) => ({
      line: { group: "armoede", line: l },
      amount: dec(amount),
    });
    const { state } = run(
      [
        recordBudget([armoede2022()]),
        reportCosts("2007", [line("BMW", "400000"), line("GS", "60000")]),
        reportCosts("2007", [line("BMW", "390000"), line("GS", "60000")]),
      ],
      exampleSignedEvents(),
    );
    const f = state.funding;
    const r = budgetRealisation(f.budget?.groups ?? [], f.budgetCurrent, f.realisedCosts.values());
    const bmw = r.lines.find((l) => l.line === "armoede/BMW");
    expect(bmw && [toDecimalString(bmw.variance), bmw.mark]).toEqual(["-3277.5375", "N"]);
    const gs = r.lines.find((l) => l.line === "armoede/GS");
    expect(gs && [toDecimalString(gs.variance), gs.mark]).toEqual(["3603.9375", "V"]);
    expect([toDecimalString(r.total.realised), r.total.mark]).toEqual(["450000", "V"]);
    expect(toDecimalString(r.groups[0]?.variance ?? dec("0"))).toBe("404788.425");
  });

  it("refuses a period outside the agreement and a line given twice", () => {
    const bmw = { line: { group: "armoede", line: "BMW" }, amount: dec("1") };
    expect(refusal([recordBudget([armoede2022()])], reportCosts("2022", [bmw]))?._tag).toBe(
      "PeriodOutsideAgreement",
    );
    expect(refusal([recordBudget([armoede2022()])], reportCosts("2007-H1", [bmw, bmw]))?._tag).toBe(
      "DuplicatePosition",
    );
  });

  it("refuses costs on a line the budget lacks", () => {
    const e = refusal(
      [recordBudget([armoede2022()])],
      reportCosts("2007", [{ line: { group: "armoede", line: "XX" }, amount: dec("1") }]),
    );
    expect(e?._tag).toBe("UnknownBudgetLine");
  });
});
