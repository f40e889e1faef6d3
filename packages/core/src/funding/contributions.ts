import * as t from "io-ts";
import { isNonBlank } from "../codec/text";
import { type Decimal, ZERO, add, multiply } from "../quantity/decimal";
import { NonNegativeDecimal } from "../quantity/quantity";
import { Euros } from "./budgetLine";

const Text = t.refinement(t.string, isNonBlank, "NonEmptyString");

/** What a party is in the financing: the funder, a co-funder, or an executing partner. */
export const FundingRole = t.keyof(
  { funder: null, "co-funder": null, "executing-partner": null },
  "FundingRole",
);
export type FundingRole = t.TypeOf<typeof FundingRole>;

/** Lead contractor (`T`, trekker) or partner (`P`), as effect forms mark them. */
export const Lead = t.keyof({ T: null, P: null }, "Lead");

export const FundingParty = t.intersection(
  [t.type({ id: Text, name: Text, role: FundingRole }), t.partial({ lead: Lead })],
  "FundingParty",
);
export type FundingParty = t.TypeOf<typeof FundingParty>;

const Cash = t.type({ form: t.literal("cash"), amount: Euros }, "Cash");
const InKind = t.type({ form: t.literal("in-kind"), hours: NonNegativeDecimal, rate: Euros }, "InKind");

/** One party's contribution to one item: cash, or hours in kind at a rate. */
export const Contribution = t.intersection(
  [t.type({ partyId: Text, item: t.string }), t.union([Cash, InKind])],
  "Contribution",
);
export type Contribution = t.TypeOf<typeof Contribution>;

export const Contributions = t.type(
  { parties: t.array(FundingParty), contributions: t.array(Contribution) },
  "Contributions",
);
export type Contributions = t.TypeOf<typeof Contributions>;

/** Exact euros of a contribution: in kind, hours × rate. */
export const contributionAmount = (c: Contribution): Decimal =>
  c.form === "cash" ? c.amount : multiply(c.hours, c.rate);

export const totalContributions = (cs: readonly Contribution[]): Decimal =>
  cs.reduce((s, c) => add(s, contributionAmount(c)), ZERO);

/** A contribution naming a party the list does not have, or a party listed twice. */
export const contributionsProblem = (c: Contributions): string | undefined => {
  const ids = new Set<string>();
  for (const p of c.parties) {
    if (ids.has(p.id)) return `party ${p.id} is listed twice`;
    ids.add(p.id);
  }
  const stray = c.contributions.find((x) => !ids.has(x.partyId));
  return stray === undefined
    ? undefined
    : `a contribution (${stray.item}) names party ${stray.partyId}, which is not listed`;
};
