import * as t from "io-ts";

/**
 * What a provider names its proposal: unique among its own agreements only. Without `@`, so
 * that `<local>@<organisation>` names one (local, organisation) pair and no other.
 */
export const LocalAgreementId = t.refinement(
  t.string,
  (s) => s.trim() !== "" && !s.includes("@"),
  "LocalAgreementId",
);

/**
 * The id of an agreement proposed through the service: the provider's name for it, scoped to
 * the proposing organisation. Two providers using the same name get two agreements, so whether a
 * proposal succeeds never depends on (and never reveals) what exists in another tenancy.
 */
export const scopedAgreementId = (providerOrganisationId: string, local: string): string =>
  `${local}@${providerOrganisationId}`;
