import { formatAmount } from "../policy/wording";
import { type Decimal, compare } from "../quantity/decimal";
import type { AboveGrant } from "./budget";
import { financingOf } from "./financing";
import type { GrantDecision } from "./grant";

const euro = (d: Decimal): string => `€ ${formatAmount(d)}`;

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
): string | undefined => {
  if (grant === undefined || rule === "allow") return undefined;
  const { shortfall } = financingOf(costs, contributions, grant.amountGranted);
  const limit = rule === "up-to-ceiling" && grant.ceiling !== undefined ? grant.ceiling : grant.amountGranted;
  if (compare(shortfall, limit) <= 0) return undefined;
  const what = rule === "up-to-ceiling" && grant.ceiling !== undefined ? "the ceiling" : "the amount granted";
  return `costs ${euro(costs)} − contributions ${euro(contributions)} = ${euro(shortfall)}, above ${what} of ${euro(limit)} in decision ${grant.reference}`;
};
