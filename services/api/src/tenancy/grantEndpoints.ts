import * as t from "io-ts";
import type { ServiceDeps } from "../app/deps";
import { type Route, agreementIdParameter } from "../app/route";
import { decodeBody, idempotencyKeyOf } from "../commands/commandEndpoints";
import { problem } from "../problems/problem";
import { AuditorGrantRequest } from "./grants";

export const GrantResult = t.type(
  { agreementId: t.string, auditorOrganisationId: t.string, revision: t.string, hash: t.string },
  "GrantResult",
);

const RULE = "the municipality of the agreement grants auditors access";

export const grantEndpoints = (deps: ServiceDeps): Route[] => [
  {
    operationId: "grantAuditor",
    method: "post",
    path: "/agreements/{id}/auditor-grants",
    summary:
      "The municipality grants an auditing organisation read access to this agreement (recorded in the ledger)",
    description: `Who may: ${RULE}. Recorded as an AuditorGranted event in the ledger's \`auditor-grants\` stream (hash chained, in every checkpoint); grants are never withdrawn by editing, only added.`,
    tag: "tenancy",
    authenticated: true,
    parameters: [
      agreementIdParameter,
      {
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description:
          "a repeat with the same key and grant answers the first response and records nothing; another grant: 422",
      },
    ],
    body: AuditorGrantRequest,
    responses: { 201: { description: "recorded", body: GrantResult } },
    problems: [
      "idempotency-key-reused",
      "malformed-json",
      "invalid-request",
      "not-found",
      "role-refused",
      "payload-too-large",
      "unsupported-media-type",
    ],
    handle: async (ctx) => {
      const id = ctx.req.params.id as string;
      const request = decodeBody(AuditorGrantRequest, ctx.req.body);
      if (!(await deps.tenancy.canSee(ctx.principal, id)))
        throw problem("not-found", `no agreement ${id} that you can see`);
      if (ctx.principal.role !== "municipality")
        throw problem("role-refused", `${RULE}; you act as ${ctx.principal.role}`, { rule: RULE });
      const { organisationId, role, person } = ctx.principal;
      const idempotencyKey = idempotencyKeyOf(ctx);
      const recorded = await deps.grants.record(
        {
          agreementId: id,
          request,
          actor: { organisationId, role, person },
          ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        },
        deps.clock,
      );
      if (recorded === "KeyReused")
        throw problem("idempotency-key-reused", "this Idempotency-Key was used for a different grant");
      if (recorded.replay) ctx.res.setHeader("Idempotent-Replayed", "true");
      ctx.res.status(201).json({
        agreementId: id,
        auditorOrganisationId: request.auditorOrganisationId,
        revision: String(recorded.revision),
        hash: recorded.hash,
      });
    },
  },
];
