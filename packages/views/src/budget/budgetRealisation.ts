import {
  BudgetGroup,
  Contributions,
  CostReport,
  GrantDecision,
  type JsonObject,
  ZERO,
  costingAmount,
  toDecimalString,
} from "@grant-ledger/core";
import * as t from "io-ts";
import type { ViewEvent } from "../event/viewEvent";
import { type RowReader, type RowView, type RowWrite, foldOf } from "../rows/rows";

export const BUDGET = "budget";
export const LINE = "line";
export const COSTS = "costs";
export const GRANT = "grant";
export const CONTRIBUTIONS = "contributions";

export const Groups = t.array(BudgetGroup);
const json = (u: unknown): JsonObject => u as JsonObject;

/**
 * What budget versus realisation and the financing overview are read from, as rows: the budget
 * as last recorded (its groups, and one row per line holding its euros as they stand after
 * money reallocations), the latest cost report per period, the grant decision in force and
 * the contributions. The arithmetic is the core's (`budgetRealisation`, `financingOf`), done
 * by the query on these rows.
 */
export const budgetRealisationView: RowView = {
  name: "budget_realisation",
  version: 1,
  step: (e: ViewEvent, rows: RowReader): readonly RowWrite[] => {
    const event = e.event;
    switch (event.type) {
      case "BudgetRecorded": {
        const { budget } = event.data;
        const keys = budget.groups.flatMap((g) => g.lines.map((l) => `${g.code}/${l.code}`));
        const before = (rows.get(BUDGET, "")?.lines ?? []) as string[];
        // A new budget is the new baseline: every line starts at its recorded amount.
        const lines: RowWrite[] = budget.groups.flatMap((g) =>
          g.lines.map((l) => ({
            group: LINE,
            key: `${g.code}/${l.code}`,
            row: { amount: toDecimalString(costingAmount(l.costing) ?? ZERO) },
          })),
        );
        return [
          {
            group: BUDGET,
            key: "",
            row: { budgetId: budget.budgetId, groups: json(Groups.encode(budget.groups)), lines: keys },
          },
          ...before.filter((k) => !keys.includes(k)).map((key) => ({ group: LINE, key, row: null })),
          ...lines,
        ];
      }
      case "BudgetReallocationApplied":
      case "BudgetReallocationApproved":
        return event.data.effects.map((x) => ({
          group: LINE,
          key: `${x.cell.resultArea}/${x.cell.workType}`,
          row: { amount: toDecimalString(x.after.amount) },
        }));
      case "CostsRealised":
        return [
          { group: COSTS, key: event.data.report.period, row: json(CostReport.encode(event.data.report)) },
        ];
      case "GrantDecided":
        return [{ group: GRANT, key: "", row: json(GrantDecision.encode(event.data.decision)) }];
      case "ContributionsRecorded":
        return [{ group: CONTRIBUTIONS, key: "", row: json(Contributions.encode(event.data.contributions)) }];
      default:
        return [];
    }
  },
};

export const budgetRealisationFold = foldOf(budgetRealisationView);
