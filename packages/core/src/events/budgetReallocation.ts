import * as t from "io-ts";
import { CellEffect } from "../agreement/changes";
import { NonEmptyString } from "../agreement/terms";
import { BudgetShift } from "../funding/budgetShift";
import { ShiftCosting } from "../funding/shiftCosting";
import { Verdict } from "../policy/verdict";
import { eventCodec } from "./envelope";
import { DecisionPolicyVersion } from "./reallocation";

/**
 * Money reallocations between budget lines, judged by the same policy engine as hours. A line
 * is a cell `<group>/<line>/Budget` counting euros. `costing` explains each shift as data: the
 * exact euros, the lines, and where a line is costed from hours, the hours at its tariff.
 * v2 replaced v1's English text by that data (v1 is read through `budgetReallocationV1`).
 */
const Trace = { verdicts: t.array(Verdict), policyVersion: DecisionPolicyVersion };

const BudgetReallocationRequestedData = t.type({
  requestId: NonEmptyString,
  shifts: t.array(BudgetShift),
  costing: t.array(ShiftCosting),
  reason: t.string,
  ...Trace,
});

export const BudgetReallocationRequested = eventCodec(
  "BudgetReallocationRequested",
  2,
  BudgetReallocationRequestedData,
);
export type BudgetReallocationRequested = t.TypeOf<typeof BudgetReallocationRequested>;

const BudgetReallocationAppliedData = t.type({
  requestId: NonEmptyString,
  shifts: t.array(BudgetShift),
  effects: t.array(CellEffect),
  costing: t.array(ShiftCosting),
  reason: t.string,
  ...Trace,
});

export const BudgetReallocationApplied = eventCodec(
  "BudgetReallocationApplied",
  2,
  BudgetReallocationAppliedData,
);
export type BudgetReallocationApplied = t.TypeOf<typeof BudgetReallocationApplied>;

export const BudgetReallocationApproved = eventCodec(
  "BudgetReallocationApproved",
  1,
  t.type({ requestId: NonEmptyString, effects: t.array(CellEffect), reason: t.string, ...Trace }),
);
export type BudgetReallocationApproved = t.TypeOf<typeof BudgetReallocationApproved>;

export const BudgetReallocationRejected = eventCodec(
  "BudgetReallocationRejected",
  1,
  t.type({ requestId: NonEmptyString, reason: t.string }),
);
export type BudgetReallocationRejected = t.TypeOf<typeof BudgetReallocationRejected>;
