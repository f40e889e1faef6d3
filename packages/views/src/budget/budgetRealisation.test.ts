import {
  approveBudgetReallocation,
  buurtVitaal2009,
  dec,
  decideGrant,
  exampleSignedEvents,
  grantDecision,
  moneyShift,
  recordBudget,
  recordContributions,
  reportCosts,
  requestBudgetReallocation,
  run,
} from "@grant-ledger/core/testing";
import { describe, expect, it } from "vitest";
import { recorded } from "../event/fixtures";
import { memoryRowSource } from "../rows/rows";
import { budgetRealisationFold } from "./budgetRealisation";
import { budgetRealisationOf } from "./query";

const ID = "emmen-sedna-2007-example";
const view = (events: Parameters<typeof recorded>[0]) => {
  const rows = recorded(events).reduce(budgetRealisationFold.evolve, budgetRealisationFold.initialState);
  return budgetRealisationOf(memoryRowSource(rows), ID);
};

const line = (l: string, amount: string) => ({ line: { group: "2", line: l }, amount: dec(amount) });

describe("budget versus realisation, and the financing overview", () => {
  it("has nothing to say before a budget", () => {
    expect(view(exampleSignedEvents())).toBeUndefined();
  });

  it("shows each line, group and total with variance and V/N, after money reallocations and corrections", () => {
    const { events } = run(
      [
        recordBudget(buurtVitaal2009(), { aboveGrant: "allow" }),
        recordContributions({
          parties: [{ id: "ggd", name: "GGD Drenthe", role: "executing-partner" }],
          contributions: [
            { partyId: "ggd", item: "monitoring", form: "in-kind", hours: dec("100"), rate: dec("90") },
          ],
        }),
        decideGrant(grantDecision("2000000")),
        requestBudgetReallocation("m1", [moneyShift("2/KOEK", "2/CT", { amount: "2500" })]),
        reportCosts("2007", [line("CT", "130000"), line("BSA", "10000")]),
        reportCosts("2007", [line("CT", "126000"), line("BSA", "13750")]),
      ],
      exampleSignedEvents(),
    );
    const v = view(events);
    expect(v?.lines.find((l) => l.line === "2/CT")).toEqual({
      line: "2/CT",
      name: "50 coachingstrajecten voor individuele bewoners",
      planned: "127500",
      realised: "126000",
      variance: "1500",
      mark: "V",
    });
    expect(v?.lines.find((l) => l.line === "2/KOEK")).toMatchObject({
      planned: "45000",
      realised: "0",
      mark: "V",
    });
    expect(v?.lines.find((l) => l.line === "2/BSA")).toMatchObject({ variance: "0", mark: "" });
    expect(v?.groups.map((g) => g.planned)).toEqual(["80360", "255250", "1731680", "219000"]);
    expect(v?.total).toEqual({ planned: "2286290", realised: "139750", variance: "2146540", mark: "V" });
    expect(v?.financing).toEqual({
      grant: { reference: "B-2007-001", amountGranted: "2000000" },
      contributions: [{ party: "GGD Drenthe", item: "monitoring", form: "in-kind", amount: "9000" }],
      costs: "2286290",
      contributed: "9000",
      shortfall: "2277290",
      deficit: "277290",
    });
  });

  it("marks spending above a line's budget N, and follows a new budget", () => {
    const { events } = run(
      [
        recordBudget(buurtVitaal2009()),
        requestBudgetReallocation("m2", [moneyShift("3/EW", "3/SHV", { amount: "300000" })]),
        approveBudgetReallocation("m2"),
        reportCosts("2007", [{ line: { group: "3", line: "SHV" }, amount: dec("500000") }]),
      ],
      exampleSignedEvents(),
    );
    const v = view(events);
    expect(v?.lines.find((l) => l.line === "3/SHV")).toMatchObject({
      planned: "474000",
      variance: "-26000",
      mark: "N",
    });
    expect(v?.lines.find((l) => l.line === "3/EW")).toMatchObject({ planned: "1070000" });
    const again = run(
      [recordBudget(buurtVitaal2009().slice(0, 1), undefined, undefined, "begroting-2")],
      events,
    );
    const after = view(again.events);
    expect(after?.budgetId).toBe("begroting-2");
    expect(after?.lines.map((l) => l.line)).toEqual(["1/PB", "1/GI"]);
  });
});
