import * as E from "fp-ts/Either";
import type { SignAgreement } from "../../commands/lifecycle";
import type { AgreementSigned, PartySigned } from "../../events/signing";
import { matrixEntries } from "../../matrix/matrix";
import { type Recorded, eventMetadataFrom } from "../../provenance/metadata";
import { type DomainError, domainError } from "../errors";
import type { AgreementState } from "../state";
import { requireOpenAgreement } from "./guards";

/**
 * One signature per party, by someone acting in that party's role. The second signature
 * freezes the draft as the contract baseline (AgreementSigned, emitted with it).
 */
export const decideSign = (
  cmd: Recorded<SignAgreement>,
  state: AgreementState,
): E.Either<DomainError, (PartySigned | AgreementSigned)[]> =>
  E.flatMap(requireOpenAgreement(cmd, state), (s) => {
    const { party, signature } = cmd.data;
    const actor = cmd.metadata.actor;
    if (s.signatures[party] !== undefined || s.status === "signed") {
      return E.left(
        domainError("PartyAlreadySigned", `the ${party} has already signed agreement ${s.agreementId}`, {
          party,
        }),
      );
    }
    if (actor.role !== party) {
      return E.left(
        domainError(
          "SignerNotParty",
          `${actor.person} acts as ${actor.role} and cannot sign for the ${party}`,
          { party, role: actor.role },
        ),
      );
    }
    // An agreement about money only (the 2009 plan budgets euros, no hours) signs its budget; an
    // assignment of effects (Haren 2013, Rheden 2020: no matrix of hours) signs its results framework.
    if (s.draft.size === 0 && s.funding.budget === undefined && s.resultsFramework.framework === undefined) {
      return E.left(
        domainError(
          "EmptyDraft",
          `agreement ${s.agreementId} has nothing to sign: the matrix, the budget and the results framework are empty`,
          {},
        ),
      );
    }
    const metadata = eventMetadataFrom(cmd.metadata, cmd.metadata.reason);
    const signed: PartySigned = {
      type: "PartySigned",
      schemaVersion: 1,
      data: { party, signature },
      metadata,
    };
    const other = party === "municipality" ? s.signatures.provider : s.signatures.municipality;
    if (other === undefined) return E.right([signed]);
    const signatures =
      party === "municipality"
        ? { municipality: signature, provider: other }
        : { municipality: other, provider: signature };
    const agreementSigned: AgreementSigned = {
      type: "AgreementSigned",
      schemaVersion: 1,
      data: { baseline: matrixEntries(s.draft), signatures },
      metadata,
    };
    return E.right([signed, agreementSigned]);
  });
