import { type AgreementState, formatEuros, fundingSummary, toDecimalString } from "@grant-ledger/core";

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

/** The same for people, in euros rounded half away from zero only here. */
export const fundingLines = (s: AgreementState): string[] => {
  const { groups, financing } = fundingSummary(s.funding);
  const e = (d: Parameters<typeof formatEuros>[0]) => formatEuros(d, 0);
  return [
    ...groups.map(
      (g) =>
        `  ${g.code} ${g.name}: ${e(g.amount)}${g.toBeDetermined > 0 ? ` (${g.toBeDetermined} line(s) to be determined)` : ""}`,
    ),
    `  costs ${e(financing.costs)}, contributions ${e(financing.contributions)}, to be covered ${e(financing.shortfall)}`,
    `  grant ${e(financing.grant)}${s.funding.grant === undefined ? " (no decision)" : ` (${s.funding.grant.reference})`}, ${financing.deficit.units < 0n ? `surplus ${e({ ...financing.deficit, units: -financing.deficit.units })}` : `deficit ${e(financing.deficit)}`}`,
  ];
};
