import { formatAmount } from "../policy/wording";
import { type Decimal, ZERO, compare, parseDecimal, toDecimalString } from "../quantity/decimal";
import type { AboveGrant } from "./budget";
import { financingOf } from "./financing";
import type { GrantDecision } from "./grant";

const euro = (d: Decimal): string => `€ ${formatAmount(d)}`;

/** Why a budget does not fit its grant, as data: exact euro strings, which limit, which decision. */
export interface AboveGrantFinding {
  readonly costs: string;
  readonly contributions: string;
  /** costs − contributions: what the grant must cover. */
  readonly shortfall: string;
  /** The limit it exceeds: the amount granted, or the ceiling where the policy allows up to it. */
  readonly limit: "amount-granted" | "ceiling";
  readonly limitAmount: string;
  readonly reference: string;
}

/** The finding in English, for the core's own message. */
export const aboveGrantText = (f: AboveGrantFinding): string => {
  const e = (s: string) => euro(parseDecimal(s) ?? ZERO);
  return `costs ${e(f.costs)} − contributions ${e(f.contributions)} = ${e(f.shortfall)}, above ${f.limit === "ceiling" ? "the ceiling" : "the amount granted"} of ${e(f.limitAmount)} in decision ${f.reference}`;
};

/**
 * The one place the grant rule lives: what the grant must cover (costs − contributions) may not
 * exceed the amount granted, unless the budget's policy allows it up to the ceiling or at all.
 * Returns why not, or undefined when it fits (or no grant was decided yet).
 */
export const aboveGrantProblem = (
  rule: AboveGrant,
  grant: GrantDecision | undefined,
  costs: Decimal,
  contributions: Decimal,
): AboveGrantFinding | undefined => {
  if (grant === undefined || rule === "allow") return undefined;
  const { shortfall } = financingOf(costs, contributions, grant.amountGranted);
  const ceiling = rule === "up-to-ceiling" && grant.ceiling !== undefined ? grant.ceiling : undefined;
  const limitAmount = ceiling ?? grant.amountGranted;
  if (compare(shortfall, limitAmount) <= 0) return undefined;
  return {
    costs: toDecimalString(costs),
    contributions: toDecimalString(contributions),
    shortfall: toDecimalString(shortfall),
    limit: ceiling === undefined ? "amount-granted" : "ceiling",
    limitAmount: toDecimalString(limitAmount),
    reference: grant.reference,
  };
};
