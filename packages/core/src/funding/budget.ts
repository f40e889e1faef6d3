import * as t from "io-ts";
import { cellKey } from "../cell/cell";
import { isNonBlank } from "../codec/text";
import type { Matrix, MatrixEntry } from "../matrix/matrix";
import { ReallocationPolicy, defaultPolicy } from "../policy/policy";
import { type Decimal, ZERO, add } from "../quantity/decimal";
import { EUROS } from "../quantity/unitKind";
import { BudgetGroupCode, BudgetLine, costingAmount, lineCell } from "./budgetLine";

const Text = t.refinement(t.string, isNonBlank, "NonEmptyString");

/** A group of budget lines: an opgave of the 2022 application, a section of the 2009 plan. */
export const BudgetGroup = t.type(
  { code: BudgetGroupCode, name: Text, lines: t.array(BudgetLine) },
  "BudgetGroup",
);
export type BudgetGroup = t.TypeOf<typeof BudgetGroup>;

/**
 * Whether the part of the budget the grant must cover (costs − contributions) may exceed the
 * amount granted: never (`forbid`, the default), up to the decision's ceiling, or always.
 */
export const AboveGrant = t.keyof({ forbid: null, "up-to-ceiling": null, allow: null }, "AboveGrant");
export type AboveGrant = t.TypeOf<typeof AboveGrant>;

/** The controls on a budget: the same reallocation policy engine as hours, and the grant rule. */
const BudgetPolicyFields = t.type(
  { reallocation: ReallocationPolicy, aboveGrant: AboveGrant },
  "BudgetPolicy",
);
// An interface, so declarations name it instead of spelling out the AboveGrant union, whose
// member order TypeScript does not keep stable between builds (it flipped the API report).
export interface BudgetPolicy extends t.TypeOf<typeof BudgetPolicyFields> {}
export interface EncodedBudgetPolicy extends t.OutputOf<typeof BudgetPolicyFields> {}
export const BudgetPolicy: t.Type<BudgetPolicy, EncodedBudgetPolicy, unknown> = BudgetPolicyFields;

/** What a command may leave out of a budget policy. */
export const BudgetPolicyInput = t.partial({ reallocation: ReallocationPolicy, aboveGrant: AboveGrant });
export type BudgetPolicyInput = t.TypeOf<typeof BudgetPolicyInput>;

export const budgetPolicyOf = (input: BudgetPolicyInput | undefined): BudgetPolicy => ({
  reallocation: input?.reallocation ?? defaultPolicy,
  aboveGrant: input?.aboveGrant ?? "forbid",
});

/** A budget as approved: its id, groups of lines and its policy. */
export const Budget = t.type(
  { budgetId: Text, groups: t.array(BudgetGroup), policy: BudgetPolicy },
  "Budget",
);
export type Budget = t.TypeOf<typeof Budget>;

export interface GroupTotal {
  readonly code: string;
  readonly name: string;
  readonly amount: Decimal;
  /** Lines whose amount is still to be determined: counted as nothing. */
  readonly toBeDetermined: number;
}

/** The budget matrix the policy engine reads: one euro entry per line (a line to be determined holds zero). */
export const budgetMatrix = (groups: readonly BudgetGroup[]): Matrix => {
  const m = new Map<string, MatrixEntry>();
  for (const g of groups)
    for (const l of g.lines) {
      const position = lineCell(g.code, l.code);
      m.set(cellKey(position), {
        position,
        quantity: { kind: EUROS, amount: costingAmount(l.costing) ?? ZERO },
      });
    }
  return m;
};

/** Exact totals per group of a budget matrix (as recorded, or after reallocations). */
export const groupTotals = (groups: readonly BudgetGroup[], amounts: Matrix): GroupTotal[] =>
  groups.map((g) => ({
    code: g.code,
    name: g.name,
    amount: g.lines.reduce(
      (s, l) => add(s, amounts.get(cellKey(lineCell(g.code, l.code)))?.quantity.amount ?? ZERO),
      ZERO,
    ),
    toBeDetermined: g.lines.filter((l) => l.costing.kind === "to-be-determined").length,
  }));

export const totalCosts = (amounts: Matrix): Decimal => {
  let total = ZERO;
  for (const e of amounts.values()) if (e.quantity.kind === EUROS) total = add(total, e.quantity.amount);
  return total;
};

/** The first code used twice (a group, or a line within its group), to refuse the budget. */
export const duplicateCode = (groups: readonly BudgetGroup[]): string | undefined => {
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.code)) return `group ${g.code}`;
    seen.add(g.code);
    const lines = new Set<string>();
    for (const l of g.lines) {
      if (lines.has(l.code)) return `line ${g.code}/${l.code}`;
      lines.add(l.code);
    }
  }
  return undefined;
};
