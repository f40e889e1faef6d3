import * as t from "io-ts";
import { NonEmptyString } from "../agreement/terms";
import { Budget } from "../funding/budget";
import { Contributions } from "../funding/contributions";
import { GrantDecision } from "../funding/grant";
import { CostReport } from "../funding/realisation";
import { eventCodec } from "./envelope";

/** The municipality's grant decision; a later one names the decision it supersedes. */
export const GrantDecided = eventCodec(
  "GrantDecided",
  1,
  t.type({ decision: GrantDecision, reason: t.string }),
);
export type GrantDecided = t.TypeOf<typeof GrantDecided>;

/**
 * A budget as approved, with its policy filled in: it replaces the one before and is the
 * baseline the money reallocations after it are measured against.
 */
export const BudgetRecorded = eventCodec("BudgetRecorded", 1, t.type({ budget: Budget, reason: t.string }));
export type BudgetRecorded = t.TypeOf<typeof BudgetRecorded>;

/** The parties beyond the two and what each contributes; replaces the list before. */
export const ContributionsRecorded = eventCodec(
  "ContributionsRecorded",
  1,
  t.type({ contributions: Contributions, reason: t.string }),
);
export type ContributionsRecorded = t.TypeOf<typeof ContributionsRecorded>;

/** Realised costs per line for a period; a later report for the same period is a correction. */
export const CostsRealised = eventCodec(
  "CostsRealised",
  1,
  t.type({ report: CostReport, reportId: NonEmptyString }),
);
export type CostsRealised = t.TypeOf<typeof CostsRealised>;
