import * as t from "io-ts";
import { AgreementPeriod } from "../agreement/terms";
import { isNonBlank } from "../codec/text";
import { IsoDate } from "../provenance/metadata";
import { Euros } from "./budgetLine";

const Text = t.refinement(t.string, isNonBlank, "NonEmptyString");

/**
 * A grant decision (beschikking, Awb title 4.2): the amount granted, its period, the legal
 * basis, when and under what reference it was decided. `ceiling` is the most the decision
 * allows (subsidieplafond); `supersedes` names the decision it replaces: a decision changes
 * only by a new decision.
 */
export const GrantDecision = t.intersection(
  [
    t.type({
      reference: Text,
      amountGranted: Euros,
      period: AgreementPeriod,
      legalBasis: Text,
      decidedOn: IsoDate,
    }),
    t.partial({ ceiling: Euros, supersedes: Text }),
  ],
  "GrantDecision",
);
export type GrantDecision = t.TypeOf<typeof GrantDecision>;
