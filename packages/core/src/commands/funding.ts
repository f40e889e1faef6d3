import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { BudgetGroup, BudgetPolicyInput } from "../funding/budget";
import { BudgetShiftInput } from "../funding/budgetShift";
import { Contributions } from "../funding/contributions";
import { GrantDecision } from "../funding/grant";
import { CostReport } from "../funding/realisation";
import { commandCodec } from "./envelope";

/** The municipality records its grant decision, or a new one that supersedes it. */
export const DecideGrant = commandCodec(
  "DecideGrant",
  t.type({ agreementId: NonEmptyString, decision: GrantDecision, reason: t.string }),
);
export type DecideGrant = t.TypeOf<typeof DecideGrant>;

/** A budget: groups of lines and, optionally, its policy (left out: the defaults). */
export const RecordBudget = commandCodec(
  "RecordBudget",
  t.intersection([
    t.type({
      agreementId: NonEmptyString,
      budgetId: NonEmptyString,
      groups: t.array(BudgetGroup),
      reason: t.string,
    }),
    t.partial({ policy: BudgetPolicyInput }),
  ]),
);
export type RecordBudget = t.TypeOf<typeof RecordBudget>;

export const RecordContributions = commandCodec(
  "RecordContributions",
  t.type({ agreementId: NonEmptyString, contributions: Contributions, reason: t.string }),
);
export type RecordContributions = t.TypeOf<typeof RecordContributions>;

export const ReportCosts = commandCodec(
  "ReportCosts",
  t.type({ agreementId: NonEmptyString, reportId: NonEmptyString, report: CostReport }),
);
export type ReportCosts = t.TypeOf<typeof ReportCosts>;

export const RequestBudgetReallocation = commandCodec(
  "RequestBudgetReallocation",
  t.type({
    agreementId: NonEmptyString,
    requestId: NonEmptyString,
    shifts: t.array(BudgetShiftInput),
    reason: t.string,
  }),
);
export type RequestBudgetReallocation = t.TypeOf<typeof RequestBudgetReallocation>;

export const ApproveBudgetReallocation = commandCodec(
  "ApproveBudgetReallocation",
  t.type({ agreementId: NonEmptyString, requestId: NonEmptyString, reason: t.string }),
);
export type ApproveBudgetReallocation = t.TypeOf<typeof ApproveBudgetReallocation>;

export const RejectBudgetReallocation = commandCodec(
  "RejectBudgetReallocation",
  t.type({ agreementId: NonEmptyString, requestId: NonEmptyString, reason: t.string }),
);
export type RejectBudgetReallocation = t.TypeOf<typeof RejectBudgetReallocation>;
