import { type AgreementState, abs, fundingSummary, isNegative, toDecimalString } from "@grant-ledger/core";
import type { NumberFormats } from "../format/numbers";
import type { Messages } from "../messages/catalogue";

/** Costs per group and the financing, exact, as `--json` prints them. */
export const fundingJson = (s: AgreementState) => {
  const { groups, financing } = fundingSummary(s.funding);
  return {
    groups: groups.map((g) => ({
      code: g.code,
      name: g.name,
      costs: toDecimalString(g.amount),
      toBeDetermined: g.toBeDetermined,
    })),
    costs: toDecimalString(financing.costs),
    contributions: toDecimalString(financing.contributions),
    grant: toDecimalString(financing.grant),
    shortfall: toDecimalString(financing.shortfall),
    deficit: toDecimalString(financing.deficit),
  };
};

/** The same for people, in whole euros rounded half up only here. */
export const fundingLines = (s: AgreementState, formats: NumberFormats, m: Messages): string[] => {
  const { groups, financing } = fundingSummary(s.funding);
  const e = formats.wholeEuros;
  return [
    ...groups.map((g) => m.money.group(g.code, g.name, e(g.amount), g.toBeDetermined)),
    m.money.financing(e(financing.costs), e(financing.contributions), e(financing.shortfall)),
    m.money.grant(
      e(financing.grant),
      s.funding.grant?.reference,
      e(abs(financing.deficit)),
      isNegative(financing.deficit),
    ),
  ];
};
