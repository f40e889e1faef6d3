import { type Decimal, subtract } from "../quantity/decimal";

/**
 * The financing of a budget, computed and never typed in: the shortfall the grant must cover
 * is costs − contributions (the 2009 plan's `Tekort`); what remains after the grant is
 * costs − contributions − grant: a deficit when positive, a surplus when negative.
 */
export interface Financing {
  readonly costs: Decimal;
  readonly contributions: Decimal;
  readonly grant: Decimal;
  readonly shortfall: Decimal;
  readonly deficit: Decimal;
}

export const financingOf = (costs: Decimal, contributions: Decimal, grant: Decimal): Financing => {
  const shortfall = subtract(costs, contributions);
  return { costs, contributions, grant, shortfall, deficit: subtract(shortfall, grant) };
};
