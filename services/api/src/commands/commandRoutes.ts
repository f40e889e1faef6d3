import type { CommandType } from "@grant-ledger/core";
import type { TokenRole } from "@grant-ledger/tokens";
import * as t from "io-ts";
import { commandBodyCodec } from "./bodyCodecs";
import { LocalAgreementId } from "./proposalIdentity";

/** One command endpoint: which core command it sends and who may send it. */
export interface CommandRoute {
  readonly operationId: string;
  readonly method: "post";
  /** OpenAPI form: `{id}` for the agreement, `{requestId}` where the URL names the request. */
  readonly path: string;
  readonly commandType: CommandType;
  readonly summary: string;
  readonly roles: readonly TokenRole[];
  /** Who may, in words: the `rule` of a 403. */
  readonly rule: string;
  /** Path parameters copied into the command's data (the agreement's id always is). */
  readonly pathFields: readonly string[];
  readonly body: t.Mixed;
  /** `POST /agreements` creates: `If-None-Match: *` instead of `If-Match`, 201 with Location. */
  readonly creates?: boolean;
  /** The body's `party` must be the caller's role: each party signs for itself. */
  readonly signsForItself?: boolean;
}

const route = (r: Omit<CommandRoute, "method" | "body"> & { readonly bodyName: string }): CommandRoute => {
  const body = commandBodyCodec(
    r.commandType,
    r.creates === true ? [] : ["agreementId", ...r.pathFields],
    r.bodyName,
  );
  return {
    ...r,
    method: "post",
    // A proposal's id is the provider's own name for it (scoped by the service; see proposalIdentity).
    body:
      r.creates === true
        ? t.intersection([body, t.type({ agreementId: LocalAgreementId })], r.bodyName)
        : body,
  };
};

const PARTIES: readonly TokenRole[] = ["municipality", "provider"];

export const COMMAND_ROUTES: readonly CommandRoute[] = [
  route({
    operationId: "proposeAgreement",
    path: "/agreements",
    commandType: "ProposeAgreement",
    summary:
      "The provider proposes an agreement (its offer); its id becomes `<agreementId>@<your organisation>`",
    roles: ["provider"],
    rule: "the provider proposes an agreement",
    pathFields: [],
    creates: true,
    bodyName: "ProposeAgreementBody",
  }),
  route({
    operationId: "negotiateAgreement",
    path: "/agreements/{id}/negotiations",
    commandType: "NegotiateAgreement",
    summary: "Record a negotiation round (cells changed, each with a reason)",
    roles: PARTIES,
    rule: "the parties negotiate: the municipality or the provider",
    pathFields: [],
    bodyName: "NegotiateAgreementBody",
  }),
  route({
    operationId: "signAgreement",
    path: "/agreements/{id}/signatures",
    commandType: "SignAgreement",
    summary: "A party signs for itself",
    roles: PARTIES,
    rule: "each party signs for itself: `party` must be your role",
    pathFields: [],
    signsForItself: true,
    bodyName: "SignAgreementBody",
  }),
  route({
    operationId: "requestReallocation",
    path: "/agreements/{id}/reallocations",
    commandType: "RequestReallocation",
    summary: "The provider requests a reallocation (applied at once when the policy allows it)",
    roles: ["provider"],
    rule: "the provider requests reallocations",
    pathFields: [],
    bodyName: "RequestReallocationBody",
  }),
  route({
    operationId: "approveReallocation",
    path: "/agreements/{id}/reallocations/{requestId}/approval",
    commandType: "ApproveReallocation",
    summary: "The municipality approves a pending reallocation (four eyes: not the requester)",
    roles: ["municipality"],
    rule: "the municipality approves reallocations",
    pathFields: ["requestId"],
    bodyName: "ApproveReallocationBody",
  }),
  route({
    operationId: "rejectReallocation",
    path: "/agreements/{id}/reallocations/{requestId}/rejection",
    commandType: "RejectReallocation",
    summary: "The municipality rejects a pending reallocation",
    roles: ["municipality"],
    rule: "the municipality rejects reallocations",
    pathFields: ["requestId"],
    bodyName: "RejectReallocationBody",
  }),
  route({
    operationId: "reportResult",
    path: "/agreements/{id}/results",
    commandType: "ReportResult",
    summary: "The provider reports what it realised in a period (aggregates only)",
    roles: ["provider"],
    rule: "the provider reports results",
    pathFields: [],
    bodyName: "ReportResultBody",
  }),
  route({
    operationId: "amendAgreement",
    path: "/agreements/{id}/amendments",
    commandType: "AmendAgreement",
    summary: "The municipality records an amendment both parties agreed",
    roles: ["municipality"],
    rule: "the municipality records amendments",
    pathFields: [],
    bodyName: "AmendAgreementBody",
  }),
  route({
    operationId: "closeAgreement",
    path: "/agreements/{id}/closing",
    commandType: "CloseAgreement",
    summary: "The municipality closes the agreement (final determination)",
    roles: ["municipality"],
    rule: "the municipality closes agreements",
    pathFields: [],
    bodyName: "CloseAgreementBody",
  }),
];
